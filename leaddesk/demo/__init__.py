"""Demo data: a believable team and pipeline for trying LeadDesk, benchmarks and tests.

Not a use case of its own: it writes through the store's bulk writer and the
services' shipped templates, so it lives beside the services, not among them.
"""

from leaddesk.demo.generator import DemoSummary
from leaddesk.demo.writer import populate

__all__ = ["DemoSummary", "populate"]
