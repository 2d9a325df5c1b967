"""Made-up closed leads to build, tune and test the conversion model on, shaped like a
real marketing export (the columns of the public "Lead Scoring" data set of an online
education company): a lead origin and a source with many rare values and spellings,
do-not-email flags, visits and time on the website with blanks, the last activity, a
country, a specialisation and an occupation full of "Select" placeholders, a job title,
a dozen near-constant yes/no columns and pure noise.

Whether a lead converts truly depends on some columns (time on the website, origin,
source, last activity, occupation, specialisation given or not, do-not-email, a few
title words, visits in a non-linear way) and not at all on the others (``NOISE``). The
truth is a logistic model plus an unobserved part (how much the person wants the course
today), so the best possible ROC AUC is about 0.94, not 1.0, and ``Sample.truth`` gives
each lead's true probability to compare with.

``leaky=True`` adds two fields a CRM fills in after the outcome ("Tags" with a closing
note, "Amount Paid"), for the leakage guard's test.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from leaddesk.domain.model_features import FeatureKind, FeatureSpec

K = FeatureKind

_ORIGIN = {"Landing Page Submission": (0.53, 0.0), "API": (0.39, -0.1),
           "Lead Add Form": (0.075, 2.0), "Lead Import": (0.006, -0.8),
           "Quick Add Form": (0.001, 0.0)}  # fmt: skip
_SOURCE = {"Google": (0.30, 0.2), "Direct Traffic": (0.27, -0.3), "Olark Chat": (0.19, -0.5),
           "Organic Search": (0.12, 0.0), "Reference": (0.058, 1.6),
           "Welingak Website": (0.015, 2.5), "Referral Sites": (0.013, -0.2),
           "Facebook": (0.006, -0.3), "google": (0.006, 0.2), "bing": (0.0007, 0.0),
           "Click2call": (0.0004, 1.0), "Social Media": (0.0003, 0.0),
           "Live Chat": (0.0002, 0.5), "Press_Release": (0.0002, 0.0),
           "Pay per Click Ads": (0.0001, 0.0), "blog": (0.0001, 0.0),
           "WeLearn": (0.0001, 0.0), "welearnblog_Home": (0.0001, 0.0),
           "youtubechannel": (0.0001, 0.0), "testone": (0.0001, 0.0), "": (0.004, 0.0)}  # fmt: skip
_ACTIVITY = {"Email Opened": (0.37, 0.3), "SMS Sent": (0.30, 1.3),
             "Olark Chat Conversation": (0.105, -1.0), "Page Visited on Website": (0.07, -0.2),
             "Converted to Lead": (0.046, -0.9), "Email Bounced": (0.035, -1.3),
             "Email Link Clicked": (0.029, 0.0), "Form Submitted on Website": (0.013, 0.0),
             "Unreachable": (0.010, -0.3), "Unsubscribed": (0.006, -0.5),
             "Had a Phone Conversation": (0.003, 2.0), "Approached upfront": (0.001, 2.0),
             "View in browser link Clicked": (0.0007, 0.0), "": (0.011, -0.5)}  # fmt: skip
_OCCUPATION = {"Unemployed": (0.60, 0.0), "": (0.20, -0.9), "Select": (0.09, -0.9),
               "Working Professional": (0.076, 2.2), "Student": (0.023, 0.0),
               "Other": (0.0017, 0.8), "Housewife": (0.001, 2.5),
               "Businessman": (0.0009, 1.0)}  # fmt: skip
_SPECIALIZATION = {"Select": (0.21, -0.6), "": (0.16, -0.6), "Finance Management": (0.106, 0.1),
                   "Human Resource Management": (0.092, 0.1), "Marketing Management": (0.091, 0.2),
                   "Operations Management": (0.054, 0.1), "Business Administration": (0.044, 0.0),
                   "IT Projects Management": (0.040, 0.0), "Supply Chain Management": (0.038, 0.0),
                   "Banking, Investment And Insurance": (0.037, 0.1),
                   "Media and Advertising": (0.022, 0.0),
                   "Travel and Tourism": (0.022, -0.2), "International Business": (0.019, 0.0),
                   "Healthcare Management": (0.017, 0.1), "Hospitality Management": (0.012, -0.2),
                   "E-COMMERCE": (0.012, 0.0), "Retail Management": (0.011, -0.2),
                   "Rural and Agribusiness": (0.008, 0.1), "E-Business": (0.006, 0.0),
                   "Services Excellence": (0.004, 0.0)}  # fmt: skip
_TITLE = {"Marketing Manager": (0.10, 0.5), "Sales Manager": (0.08, 0.5),
          "Software Engineer": (0.12, 0.0), "Senior Software Engineer": (0.05, 0.0),
          "Student": (0.10, -0.6), "Data Analyst": (0.08, 0.0), "Accountant": (0.06, 0.0),
          "HR Executive": (0.05, 0.0), "Project Manager": (0.06, 0.5),
          "Business Owner": (0.04, 0.8), "Intern": (0.04, -0.6), "Teacher": (0.04, 0.0),
          "": (0.18, -0.2)}  # fmt: skip
_COUNTRY = {"India": (0.70, 0.0), "": (0.26, 0.0), "United States": (0.008, 0.0),
            "United Arab Emirates": (0.006, 0.0), "Singapore": (0.003, 0.0),
            "Saudi Arabia": (0.002, 0.0), "United Kingdom": (0.002, 0.0),
            "unknown": (0.002, 0.0), "Australia": (0.001, 0.0), "Qatar": (0.001, 0.0),
            "Bahrain": (0.001, 0.0), "Hong Kong": (0.001, 0.0), "Oman": (0.001, 0.0)}  # fmt: skip
_CITY = {"Mumbai": 0.35, "Select": 0.24, "": 0.15, "Thane & Outskirts": 0.08,
         "Other Cities": 0.075, "Other Cities of Maharashtra": 0.05, "Other Metro Cities": 0.04,
         "Tier II Cities": 0.008}  # fmt: skip
_HEARD = {"Select": 0.55, "": 0.24, "Online Search": 0.087, "Word Of Mouth": 0.038,
          "Student of SomeSchool": 0.034, "Other": 0.02, "Multiple Sources": 0.016,
          "Advertisements": 0.008, "Social Media": 0.007, "Email": 0.003,
          "SMS": 0.0025}  # fmt: skip
_PROFILE = {"Select": 0.45, "": 0.29, "Potential Lead": 0.17, "Other Leads": 0.05,
            "Student of SomeSchool": 0.026, "Lateral Student": 0.002,
            "Dual Specialization Student": 0.002}  # fmt: skip
_INDEX = {"02.Medium": 0.42, "": 0.46, "01.High": 0.05, "03.Low": 0.07}
_MATTERS = {"Better Career Prospects": 0.70, "": 0.29, "Flexibility & Convenience": 0.005,
            "Other": 0.005}  # fmt: skip

#: yes/no columns almost always "No" (a handful "Yes"): they say nothing
NEAR_CONSTANT = ("Search", "Magazine", "Newspaper Article", "X Education Forums", "Newspaper",
                 "Digital Advertisement", "Through Recommendations",
                 "Receive More Updates About Our Courses", "Update me on Supply Chain Content",
                 "Get updates on DM Content", "I agree to pay the amount through cheque",
                 "Do Not Call")  # fmt: skip
#: columns conversion does not depend on at all
NOISE = ("Country", "City", "How did you hear about X Education", "Lead Profile",
         "A free copy of Mastering The Interview", "Asymmetrique Activity Index",
         "Asymmetrique Profile Score", "Lead Number", "Campaign Code", "Random Score",
         *NEAR_CONSTANT)  # fmt: skip
#: columns it does depend on, with the sign of their main effect
EFFECTS = {"Total Time Spent on Website": +1, "Lead Origin": +1, "Lead Source": +1,
           "Last Activity": +1, "What is your current occupation": +1, "Do Not Email": -1,
           "Specialization": +1, "TotalVisits": +1, "Job Title": +1}  # fmt: skip
LEAKY = ("Tags", "Amount Paid")
STRENGTH = 1.9
BIAS = -3.8
DESIRE = 0.7


def specs(leaky: bool = False) -> list[FeatureSpec]:
    """The input columns as a caller would describe them (IDs left out)."""
    found = [
        FeatureSpec("Lead Origin", K.CATEGORY), FeatureSpec("Lead Source", K.CATEGORY),
        FeatureSpec("Do Not Email", K.YES_NO), FeatureSpec("TotalVisits", K.COUNT),
        FeatureSpec("Total Time Spent on Website", K.NUMBER),
        FeatureSpec("Page Views Per Visit", K.NUMBER), FeatureSpec("Last Activity", K.CATEGORY),
        FeatureSpec("Last Notable Activity", K.CATEGORY), FeatureSpec("Country", K.CATEGORY),
        FeatureSpec("Specialization", K.CATEGORY),
        FeatureSpec("How did you hear about X Education", K.CATEGORY),
        FeatureSpec("What is your current occupation", K.CATEGORY),
        FeatureSpec("What matters most to you in choosing a course", K.CATEGORY),
        FeatureSpec("City", K.CATEGORY), FeatureSpec("Lead Profile", K.CATEGORY),
        FeatureSpec("Asymmetrique Activity Index", K.CATEGORY),
        FeatureSpec("Asymmetrique Profile Score", K.NUMBER),
        FeatureSpec("A free copy of Mastering The Interview", K.YES_NO),
        FeatureSpec("Job Title", K.WORDS), FeatureSpec("Lead Number", K.NUMBER),
        FeatureSpec("Campaign Code", K.CATEGORY), FeatureSpec("Random Score", K.NUMBER),
        *(FeatureSpec(c, K.YES_NO) for c in NEAR_CONSTANT),
    ]  # fmt: skip
    if leaky:
        found += [FeatureSpec("Tags", K.CATEGORY), FeatureSpec("Amount Paid", K.NUMBER)]
    return found


@dataclass(frozen=True)
class Sample:
    rows: list[dict[str, object]]
    outcomes: list[int]  # 1 = became a customer
    truth: list[float]  # each lead's true probability (the best any model can do)


def _pick(rng: Any, table: dict[str, Any], n: int) -> tuple[Any, Any]:
    names = list(table)
    shares = np.array([v[0] if isinstance(v, tuple) else v for v in table.values()], dtype=float)
    idx = rng.choice(len(names), size=n, p=shares / shares.sum())
    effects = np.array([v[1] if isinstance(v, tuple) else 0.0 for v in table.values()])
    return np.array(names, dtype=object)[idx], effects[idx]


def _blank(rng: Any, values: Any, share: float) -> Any:
    out = values.astype(object)
    out[rng.random(len(out)) < share] = None
    return out


def generate(n: int, seed: int = 0, *, leaky: bool = False) -> Sample:
    """``n`` closed leads, the same for the same seed."""
    rng = np.random.default_rng(seed)
    origin, e_origin = _pick(rng, _ORIGIN, n)
    source, e_source = _pick(rng, _SOURCE, n)
    form = origin == "Lead Add Form"  # leads from a form come as references or Welingak
    swap = form & (rng.random(n) < 0.7)
    source[swap] = np.where(rng.random(int(swap.sum())) < 0.8, "Reference", "Welingak Website")
    e_source[swap] = np.where(source[swap] == "Reference", 1.6, 2.5)
    activity, e_activity = _pick(rng, _ACTIVITY, n)
    occupation, e_occupation = _pick(rng, _OCCUPATION, n)
    special, e_special = _pick(rng, _SPECIALIZATION, n)
    title, e_title = _pick(rng, _TITLE, n)
    no_email = rng.random(n) < 0.08

    engaged = rng.random(n) < 0.76  # a quarter never spent a second on the website
    seconds = np.where(engaged, np.minimum(rng.lognormal(6.2, 0.9, n), 2400).round(), 0.0)
    seconds[form] = 0.0  # a form lead never visited
    visits = np.where(seconds > 0, rng.poisson(1 + seconds / 250), 0).astype(float)
    bots = rng.random(n) < 0.003  # a crawler now and then: hundreds of visits
    visits[bots] = rng.integers(40, 250, int(bots.sum()))
    per_visit = np.where(visits > 0, np.round(rng.gamma(2.0, 1.2, n), 2), 0.0)
    e_time = 2.3 * np.minimum(seconds, 1800) / 1000.0
    e_visits = np.where((visits >= 2) & (visits <= 8), 0.3, 0.0) - np.where(visits > 20, 0.8, 0.0)
    desire = rng.normal(0.0, DESIRE, n)  # what no field records
    logit = STRENGTH * (e_origin + e_source + e_activity + e_occupation + e_special + e_title
                        + e_time + e_visits - 1.2 * no_email) + BIAS + desire  # fmt: skip
    truth_logit = logit - desire
    p_true = 1.0 / (1.0 + np.exp(-logit))
    y = (rng.random(n) < p_true).astype(int)
    # the true probability given what is observed: average the unobserved part out
    nodes, weights = np.polynomial.hermite_e.hermegauss(20)
    shade = 1.0 / (1.0 + np.exp(-(truth_logit[:, None] + DESIRE * nodes[None, :])))
    truth = shade @ (weights / weights.sum())

    def col(table: dict[str, Any]) -> Any:
        return _pick(rng, table, n)[0]

    notable = np.where(rng.random(n) < 0.6, activity, col({"Modified": 1.0}))
    out: dict[str, Any] = {
        "Prospect ID": [f"{seed:04x}-{i:08x}" for i in range(n)],
        "Lead Number": (660000 - np.arange(n) * 3 - rng.integers(0, 3, n)).astype(float),
        "Lead Origin": origin, "Lead Source": source,
        "Do Not Email": np.where(no_email, "Yes", "No"),
        "TotalVisits": _blank(rng, visits, 0.015),
        "Total Time Spent on Website": seconds,
        "Page Views Per Visit": _decimal_commas(rng, _blank(rng, per_visit, 0.015)),
        "Last Activity": activity, "Last Notable Activity": notable,
        "Country": col(_COUNTRY), "Specialization": special,
        "How did you hear about X Education": col(_HEARD),
        "What is your current occupation": occupation,
        "What matters most to you in choosing a course":
            np.where(occupation == "", "", col(_MATTERS)),
        "City": col(_CITY), "Lead Profile": col(_PROFILE),
        "Asymmetrique Activity Index": col(_INDEX),
        "Asymmetrique Profile Score": _blank(rng, rng.integers(11, 21, n).astype(float), 0.45),
        "A free copy of Mastering The Interview": np.where(rng.random(n) < 0.31, "Yes", "No"),
        "Job Title": title,
        "Campaign Code": np.array([f"CMP-{k:03d}" for k in rng.integers(0, 40, n)], dtype=object),
        "Random Score": np.round(rng.normal(50, 15, n), 1),
    }  # fmt: skip
    for c in NEAR_CONSTANT:
        out[c] = np.where(rng.random(n) < 0.002, "Yes", "No")
    if leaky:
        closing = np.where(y == 1, "Closed by Horizzon", "Ringing")
        other = rng.random(n) < 0.5
        closing[(y == 1) & other] = "Will revert after reading the email"
        closing[(y == 0) & other] = "Interested in other courses"
        flip = rng.random(n) < 0.01
        closing[flip] = "Already a student"
        out["Tags"] = closing
        paid = np.where(y == 1, rng.integers(20, 90, n) * 1000.0, np.nan)
        out["Amount Paid"] = paid
    names = list(out)
    columns = [list(_plain(out[c])) for c in names]
    rows = [dict(zip(names, values, strict=True)) for values in zip(*columns, strict=True)]
    return Sample(rows, [int(v) for v in y], [float(p) for p in truth])


def _decimal_commas(rng: Any, values: Any) -> Any:
    """A fifth of the numbers written as text, some with a decimal comma ("2,5")."""
    out = values.astype(object)
    for i in np.flatnonzero(rng.random(len(out)) < 0.2):
        if out[i] is not None:
            out[i] = f"{out[i]:.2f}".replace(".", "," if i % 2 else ".")
    return out


def _plain(values: Any) -> list[object]:
    """numpy's values as Python's, a nan as None."""
    found: list[object] = []
    for v in values.tolist() if hasattr(values, "tolist") else values:
        found.append(None if isinstance(v, float) and v != v else v)
    return found
