"""Opening a database ready for use: connect, check and upgrade its schema,
and hand out the services bound to it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.engine import URL

from leaddesk.config.secrets import with_password
from leaddesk.errors import PasswordRefused
from leaddesk.services.activities import ActivityService
from leaddesk.services.assignment_reads import AssignmentReads
from leaddesk.services.attachments import AttachmentService
from leaddesk.services.backups import BackupService
from leaddesk.services.board import BoardService
from leaddesk.services.capture import CaptureService
from leaddesk.services.claims import ClaimService
from leaddesk.services.context import ServiceContext
from leaddesk.services.conversion import ConversionService
from leaddesk.services.custom_fields import CustomFieldService
from leaddesk.services.distribution_setup import DistributionService
from leaddesk.services.duplicates import DuplicateService
from leaddesk.services.exports import ExportService
from leaddesk.services.first_response import FirstResponseService
from leaddesk.services.followups import FollowUpService
from leaddesk.services.hand_over import HandOverService
from leaddesk.services.import_mappings import ImportMappingService
from leaddesk.services.imports import ImportService
from leaddesk.services.insights import InsightsService
from leaddesk.services.lead_table import LeadTableService
from leaddesk.services.leads import LeadService
from leaddesk.services.merge import MergeService
from leaddesk.services.messaging import MessagingService
from leaddesk.services.outbox import OutboxService
from leaddesk.services.partners import PartnerService
from leaddesk.services.pipeline import PipelineService
from leaddesk.services.pool import PoolService
from leaddesk.services.response_targets import ResponseTargetService
from leaddesk.services.scoring import ScoringService
from leaddesk.services.sources import SourceService
from leaddesk.services.templates import TemplateService
from leaddesk.services.users import UserService
from leaddesk.services.watch import WatchService
from leaddesk.services.web_forms import WebFormService
from leaddesk.store import schema
from leaddesk.store.engine import describe, normalize_url, open_database, use_wal


@dataclass(frozen=True)
class Workspace:
    """Everything a screen or command may call, for one open database."""

    ctx: ServiceContext
    leads: LeadService
    table: LeadTableService
    pipeline: PipelineService
    board: BoardService
    activities: ActivityService
    attachments: AttachmentService
    follow_ups: FollowUpService
    users: UserService
    templates: TemplateService
    messaging: MessagingService
    outbox: OutboxService
    insights: InsightsService
    imports: ImportService
    exports: ExportService
    duplicates: DuplicateService
    sources: SourceService
    custom_fields: CustomFieldService
    scoring: ScoringService
    distribution: DistributionService
    claims: ClaimService
    partners: PartnerService
    response_targets: ResponseTargetService
    hand_overs: HandOverService
    assignments: AssignmentReads
    pool: PoolService
    conversion: ConversionService
    mappings: ImportMappingService
    first_responses: FirstResponseService
    watch: WatchService
    web_forms: WebFormService
    capture: CaptureService
    backups: BackupService
    merges: MergeService
    schema_before: str | None  # None: the database was empty
    schema_revision: str

    @property
    def upgraded(self) -> bool:
        return self.schema_before != self.schema_revision

    @property
    def title(self) -> str:
        return self.ctx.db.title

    @property
    def backend(self) -> str:
        return self.ctx.db.backend

    def close(self) -> None:
        self.ctx.db.dispose()


def open_workspace(
    raw_url: str,
    *,
    default_region: str = "US",
    currency: str = "USD",
    ask_password: Callable[[URL], str | None] | None = None,
    upgrade: bool = True,
) -> Workspace:
    """Connect and bring the schema up to date (refusing databases newer than us).

    The URL's own password or the keyring's is tried first; ``ask_password`` is asked
    only when the server says it wants one (a trust or certificate login is never
    asked), and once more when it refuses the one given.
    """
    url = with_password(normalize_url(raw_url))
    for attempt in range(3):
        try:
            return _open(url, default_region, currency, upgrade)
        except PasswordRefused:
            password = ask_password(url) if ask_password is not None and attempt < 2 else None
            if not password:
                raise
            url = url.set(password=password)
    raise AssertionError("unreachable")  # the last attempt returns or raises


def _open(url: URL, default_region: str, currency: str, upgrade: bool) -> Workspace:
    db = open_database(url)
    try:
        if upgrade:
            before, after = schema.upgrade(db)
        else:
            before = schema.current_revision(db)
            after = before or ""
            schema.check_not_newer(db, before)
            use_wal(db)  # as upgrade() does, once the check let the file in
    except Exception:
        db.dispose()
        raise
    ctx = ServiceContext(db=db, default_region=default_region, currency=currency)
    templates = TemplateService(ctx)
    if upgrade:
        try:  # a new database comes with the shipped templates (added once, by origin)
            templates.install_defaults()
        except Exception:
            db.dispose()
            raise
    return Workspace(
        ctx=ctx,
        leads=LeadService(ctx),
        table=LeadTableService(ctx),
        pipeline=PipelineService(ctx),
        board=BoardService(ctx),
        activities=ActivityService(ctx),
        attachments=AttachmentService(ctx),
        follow_ups=FollowUpService(ctx),
        users=UserService(ctx),
        templates=templates,
        messaging=MessagingService(ctx),
        outbox=OutboxService(ctx),
        insights=InsightsService(ctx),
        imports=ImportService(ctx),
        exports=ExportService(ctx),
        duplicates=DuplicateService(ctx),
        sources=SourceService(ctx),
        custom_fields=CustomFieldService(ctx),
        scoring=ScoringService(ctx),
        distribution=DistributionService(ctx),
        claims=ClaimService(ctx),
        partners=PartnerService(ctx),
        response_targets=ResponseTargetService(ctx),
        hand_overs=HandOverService(ctx),
        assignments=AssignmentReads(ctx),
        pool=PoolService(ctx),
        conversion=ConversionService(ctx),
        mappings=ImportMappingService(ctx),
        first_responses=FirstResponseService(ctx),
        watch=WatchService(ctx),
        web_forms=WebFormService(ctx),
        capture=CaptureService(ctx),
        backups=BackupService(ctx),
        merges=MergeService(ctx),
        schema_before=before,
        schema_revision=after,
    )


def describe_url(raw_url: str) -> str:
    return describe(normalize_url(raw_url))
