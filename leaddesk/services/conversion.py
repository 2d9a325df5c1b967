"""The conversion probability: trained from the team's closed leads, kept in the
database as plain data, written on the open leads, and explained per lead.

- ``ConversionService.train`` reads the closed leads a page at a time (each as it
  stood when it closed: model_inputs), trains (model_train, which loads numpy and
  scikit-learn, so it is imported only here and only then), stores the model and makes
  it the one in use only when it passed its held-out check, then writes the open
  leads' probabilities a page per transaction. A refused training is recorded (so the
  weekly retrain waits a week) and raised; the model in use stays.
- ``probability_in(s, ctx, lead_ids)`` is for other services, inside their own
  transaction, after a change to leads: it refreshes those open leads' probabilities
  with the model in use. The model is parsed once per process and kept by its row's id
  and version, so a call costs one small query for the key plus reading the leads; a
  model trained elsewhere is picked up at the next call.

Nothing here is a pickle: a shared database never makes a client run code from it.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import threading
import uuid
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from leaddesk.domain.custom_fields import FieldKind
from leaddesk.domain.model_inputs import (
    CLOSED,
    MAX_TAGS,
    InputShape,
    excluded_columns,
    outcome,
    reads_products,
    reads_timeline,
    row_of,
    shape_for,
    specs,
)
from leaddesk.domain.model_scoring import ConversionModel
from leaddesk.services.context import ServiceContext, missing
from leaddesk.services.conversion_records import (
    Factor,
    LeadExplanation,
    ModelReport,
    factor_of,
    refusal_of,
    report_of,
)
from leaddesk.services.records import Changes
from leaddesk.store import conversion as q
from leaddesk.store.models_scoring import ConversionModelRow
from leaddesk.store.scoring import settings as scoring_settings
from leaddesk.store.session import retried, transaction

__all__ = [
    "ConversionService",
    "Factor",
    "LeadExplanation",
    "ModelReport",
    "clear_model_cache",
    "probability_in",
]

BATCH = 5000
RETRAIN_EVERY = dt.timedelta(days=7)
# a probability this close to the one held is the same (MariaDB keeps a FLOAT in single
# precision: what is read back differs from what was written by up to about 6e-8)
SAME = 1e-6
# the parts of a training the progress goes through, as shares of the whole
READING, TRAINING = 0.3, 0.85

Progress = Callable[[str, float], None]  # (step, fraction of the whole done, 0..1)
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class _Stored:
    model: ConversionModel
    shape: InputShape
    trained_at: str = ""

    @functools.cached_property
    def reads(self) -> dict[str, bool]:
        """What of a lead beyond its row the model reads."""
        features = self.model.features
        return {"with_products": reads_products(features), "with_entries": reads_timeline(features)}


_cache: dict[tuple[uuid.UUID, int], _Stored] = {}
_cache_lock = threading.Lock()


def clear_model_cache() -> None:
    """Forget the parsed models (the next use reads the model from the database)."""
    with _cache_lock:
        _cache.clear()


def _stored(s: Session, key: tuple[uuid.UUID, int]) -> _Stored:
    with _cache_lock:
        found = _cache.get(key)
    if found is not None:
        return found
    row = q.model_row(s, key[0])
    if row is None:  # removed meanwhile: read again next time
        raise missing("Conversion model", key[0])
    found = _parsed(row)
    with _cache_lock:
        _cache.clear()  # one model is in use at a time
        _cache[key] = found
    return found


def _parsed(row: ConversionModelRow) -> _Stored:
    model = ConversionModel.from_dict(row.data)
    return _Stored(model, InputShape.from_dict(row.data.get("inputs") or {}), model.trained_at)


def probability_in(s: Session, ctx: ServiceContext, lead_ids: Collection[uuid.UUID]) -> Changes:
    """Refresh the probabilities of ``lead_ids`` in the caller's transaction (after its
    own writes are flushed), with the model in use; closed leads and a database with no
    model are left as they are. Returns the leads whose probability changed."""
    if not lead_ids:
        return Changes()
    s.flush()
    key = q.active_key(s)
    if key is None:
        return Changes()
    stored = _stored(s, key)
    now = ctx.clock()
    changed = []
    for lead, held in q.leads(s, list(lead_ids), **stored.reads):
        if lead.stage in CLOSED:
            continue
        p = stored.model.probability(row_of(lead, stored.shape, now))
        if held is None or abs(p - held) > SAME:
            changed.append((lead.id, p))
    q.write_probabilities(s, changed)
    return Changes(leads=frozenset(i for i, _ in changed))


def _plain(value: object) -> Any:
    """A refusal's params as JSON can keep them."""
    return json.loads(json.dumps(value, default=str))


class ConversionService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- training ----------------------------------------------------------------

    def train(
        self, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> ModelReport | None:
        """Train on every closed lead, keep the model if it passes, score the open
        leads with it. None when cancelled before a model was kept; ModelRefused
        (TooLittleHistory, ModelFailedCheck) saying why when it did not pass, the
        model in use staying."""
        from leaddesk.domain.model_train import ModelRefused
        from leaddesk.domain.model_train import train as fit

        report: Progress = progress or (lambda _s, _f: None)
        stop: Cancelled = cancelled or (lambda: False)
        now = self.ctx.clock()
        with transaction(self.ctx.db, write=False) as s:
            custom = [(k, FieldKind(kind)) for k, kind in q.custom_fields(s)]
            shape = shape_for(custom, q.product_names(s), q.event_tags(s, MAX_TAGS))
            left_out = q.excluded(s)
            total = q.count_closed(s)
        columns = specs(custom, shape)
        rows: list[dict[str, object]] = []
        outcomes: list[int] = []
        after: int | None = None
        report("reading", 0.0)
        while True:
            if stop():
                return None
            with transaction(self.ctx.db, write=False) as s:
                found = q.page(s, closed=True, after=after, limit=BATCH)
            if not found:
                break
            for lead, _ in found:
                result = outcome(lead)
                if result is not None:
                    rows.append(row_of(lead, shape, now))
                    outcomes.append(result)
            after = found[-1][0].number
            report("reading", READING * min(1.0, len(rows) / max(total, 1)))
        if stop():
            return None

        def training(step: str, fraction: float) -> None:
            report(step, READING + (TRAINING - READING) * fraction)

        exclude = excluded_columns([c.column for c in columns], left_out)
        report("training", READING)
        try:
            model = fit(columns, rows, outcomes, trained_at=now, exclude=exclude, progress=training)
        except ModelRefused as exc:
            self._record_refusal(exc, now, len(rows))
            raise
        data = {**model.to_dict(), "inputs": shape.to_dict()}
        row_id, version = self._keep(now, len(rows), data, model.metrics)
        stored = _Stored(model, shape, model.trained_at)
        with _cache_lock:
            _cache.clear()
            _cache[(row_id, version)] = stored
        used = len(rows)
        del rows, outcomes
        scored = self._score_open(stored, now, report, stop)
        report("done", 1.0)
        return report_of(row_id, now, used, stored.model, scored=scored)

    @retried
    def _keep(
        self, now: dt.datetime, used: int, data: dict[str, Any], metrics: dict[str, Any]
    ) -> tuple[uuid.UUID, int]:
        with transaction(self.ctx.db) as s:
            row = q.save_model(
                s, trained_at=now, rows_used=used, data=data, metrics=metrics, active=True
            )
            return row.id, row.version

    @retried
    def _record_refusal(self, exc: Exception, now: dt.datetime, used: int) -> None:
        """A training that was not kept, so the model page can say why and the weekly
        retrain waits a week before trying again."""
        code = getattr(exc, "code", "model_refused")
        params = _plain(getattr(exc, "params", {}))
        refused = {"code": code, "message": str(exc), "params": params}
        with transaction(self.ctx.db) as s:
            q.save_model(
                s,
                trained_at=now,
                rows_used=used,
                data={"refused": refused},
                metrics=dict(params.get("metrics") or {}),
                active=False,
            )

    def _score_open(
        self, stored: _Stored, now: dt.datetime, report: Progress, stop: Cancelled
    ) -> int:
        """The open leads' probabilities with ``stored``, a page per transaction
        (stops between pages when cancelled; the leads not reached keep theirs)."""
        with transaction(self.ctx.db, write=False) as s:
            total = q.count_open(s)
        done, after = 0, None
        while not stop():
            after, n = self._score_page(stored, now, after)
            if after is None:
                break
            done += n
            report("scoring", TRAINING + (1 - TRAINING) * min(1.0, done / max(total, 1)))
        return done

    @retried
    def _score_page(
        self, stored: _Stored, now: dt.datetime, after: int | None
    ) -> tuple[int | None, int]:
        with transaction(self.ctx.db) as s:
            found = q.page(s, closed=False, after=after, limit=BATCH)
            if not found:
                return None, 0
            rows = [row_of(lead, stored.shape, now) for lead, _ in found]
            ps = stored.model.probabilities(rows)
            q.write_probabilities(s, [(lead.id, p) for (lead, _), p in zip(found, ps, strict=True)])
            return found[-1][0].number, len(found)

    def score_open(
        self, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> int:
        """Every open lead's probability again with the model in use (days since the
        last contact move on without any change to the lead); how many were written."""
        with transaction(self.ctx.db, write=False) as s:
            key = q.active_key(s)
            if key is None:
                return 0
            stored = _stored(s, key)
        report: Progress = progress or (lambda _s, _f: None)
        return self._score_open(stored, self.ctx.clock(), report, cancelled or (lambda: False))

    # --- what it learns from -----------------------------------------------------

    def columns(self) -> list[tuple[str, str]]:
        """Every input column a training would read now (column, feature kind), for
        the owner's list of fields kept out of the model."""
        with transaction(self.ctx.db, write=False) as s:
            custom = [(k, FieldKind(kind)) for k, kind in q.custom_fields(s)]
            shape = shape_for(custom, q.product_names(s), q.event_tags(s, MAX_TAGS))
        return [(c.column, c.kind.value) for c in specs(custom, shape)]

    def excluded(self) -> list[str]:
        with transaction(self.ctx.db, write=False) as s:
            return q.excluded(s)

    @retried
    def set_excluded(self, names: Sequence[str]) -> Changes:
        """The fields the owner keeps out of the model from the next training on ("product"
        keeps every product out, "custom:KEY" one custom field)."""
        cleaned = sorted({n.strip() for n in names if n.strip()})
        with transaction(self.ctx.db) as s:
            scoring_settings(s, lock=True).model_excluded = cleaned
        return Changes(reference=True)

    # --- what the model says -----------------------------------------------------

    def report(self) -> ModelReport | None:
        """The model in use (None when there is none), with a later refused training."""
        with transaction(self.ctx.db, write=False) as s:
            row = q.active_model(s)
            if row is None:
                return None
            refused = refusal_of(q.latest_attempt(s))
            stored = _stored(s, (row.id, row.version))
            return report_of(row.id, row.trained_at, row.rows_used, stored.model, refused=refused)

    def last_refusal(self) -> dict[str, Any] | None:
        """The last training's refusal (code, message, params, trained_at) when the last
        training was refused, with or without a model in use; else None."""
        with transaction(self.ctx.db, write=False) as s:
            return refusal_of(q.latest_attempt(s))

    def explain(self, lead_id: uuid.UUID) -> LeadExplanation | None:
        """The three factors that raise and the three that lower the lead's probability
        (None when no model is in use). A closed lead is read as it stood at its close."""
        with transaction(self.ctx.db, write=False) as s:
            key = q.active_key(s)
            if key is None:
                return None
            stored = _stored(s, key)
            found = q.leads(s, [lead_id])
        if not found:
            raise missing("Lead", lead_id)
        row = row_of(found[0][0], stored.shape, self.ctx.clock())
        e = stored.model.explain(row, top=3)
        return LeadExplanation(
            e.probability,
            tuple(factor_of(f, row) for f in e.raising),
            tuple(factor_of(f, row) for f in e.lowering),
            stored.trained_at,
        )

    def retrain_due(self, now: dt.datetime) -> bool:
        """A week since the last training (kept or refused), or never trained."""
        with transaction(self.ctx.db, write=False) as s:
            last = q.last_trained_at(s)
        return last is None or now - last >= RETRAIN_EVERY
