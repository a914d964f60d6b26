"""The policy taxonomy as versioned database rows: drafts an admin edits, published versions
that never change, the differences between two versions, and the grace period in which a
decision made under the previous published version is still accepted.

Version 1 is today's code (``server.domain.policies``), seeded as the first published row.
A worker keeps a published version's document in memory keyed by its version (a published
version never changes, so this is the production cache rule); which version is current is
read afresh (``meta.policy_version``) on every request.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reviewer import contract, keymap
from server.domain import policies
from server.errors import ApiError
from server.models.core import Meta, PolicyVersionRow, TaxonomyLog

#: the only actions there are: the service knows how to carry out these and no others
ACTION_CODES = frozenset(policies.ACTION_BY_CODE)
#: a policy area's media reveal default: the values the client knows ("" = its own default)
MEDIA_REVEALS = frozenset({"", "blurred", "hold_to_reveal", "grayscale", "colour"})
#: how long decisions made under the previous published version are still accepted
DEFAULT_GRACE = timedelta(hours=24)
META_KEY = "policy_version"

#: (database, version) -> a published document: one process may serve several databases
#: (tests), and the same version name means different documents in each
_cache: dict[tuple[str, str], contract.PolicyTaxonomy] = {}
_cache_lock = threading.Lock()


def version_one(flagged_terms: Iterable[str] = ()) -> contract.PolicyTaxonomy:
    """Today's taxonomy from code: what the first row holds."""
    return policies.taxonomy(flagged_terms=list(flagged_terms))


def _document(taxonomy: contract.PolicyTaxonomy) -> str:
    return taxonomy.model_copy(update={"announcements": []}).model_dump_json()


def _load(row: PolicyVersionRow) -> contract.PolicyTaxonomy:
    return contract.PolicyTaxonomy.model_validate_json(row.document)


def seed_version_one(session: Session, version: str, flagged_terms: Iterable[str]) -> None:
    """Store today's code as the first published version (seeding and the migration)."""
    doc = version_one(flagged_terms).model_copy(update={"version": version})
    session.add(
        PolicyVersionRow(
            version=version,
            seq=1,
            status="published",
            document=_document(doc),
            created_at=doc.published_at,
            created_by="seed",
            published_at=doc.published_at,
        )
    )


def published(session: Session, version: str) -> contract.PolicyTaxonomy | None:
    """A published version's document (None: no such published version). Cached by version:
    a published version never changes."""
    key = (str(session.get_bind().engine.url), version)
    with _cache_lock:
        found = _cache.get(key)
    if found is not None:
        return found
    row = session.get(PolicyVersionRow, version)
    if row is None or row.status != "published":
        return None
    doc = _load(row)
    with _cache_lock:
        _cache[key] = doc
    return doc


def current_version(session: Session) -> str:
    """The version desks are told to use (read afresh: publishing changes it)."""
    value = session.scalar(select(Meta.value).where(Meta.key == META_KEY))
    return value if value is not None else policies.POLICY_VERSION


def current(session: Session) -> contract.PolicyTaxonomy:
    """The current published taxonomy. A current version with no row (a database from before
    versioned taxonomies) is today's code under that version with the meta's flagged terms."""
    version = current_version(session)
    doc = published(session, version)
    if doc is not None:
        return doc
    terms = session.scalar(select(Meta.value).where(Meta.key == "flagged_terms"))
    return version_one(json.loads(terms or "[]")).model_copy(update={"version": version})


def _previous(session: Session, version: str) -> PolicyVersionRow | None:
    """The published version before ``version`` (by sequence)."""
    row = session.get(PolicyVersionRow, version)
    if row is None:
        return None
    return session.scalars(
        select(PolicyVersionRow)
        .where(PolicyVersionRow.status == "published", PolicyVersionRow.seq < row.seq)
        .order_by(PolicyVersionRow.seq.desc())
        .limit(1)
    ).first()


def decision_taxonomy(
    session: Session, named: str, now: datetime, grace: timedelta
) -> tuple[contract.PolicyTaxonomy | None, str]:
    """The taxonomy a decision naming version ``named`` is judged by, or (None, why not).

    The current version always; the previous published one until ``grace`` after the current
    one was published; a version the service has no row of (older databases, clients that
    predate versioning) is judged by the current one, as before."""
    cur = current(session)
    if named == cur.version:
        return cur, ""
    prev = _previous(session, cur.version)
    if prev is not None and named == prev.version:
        if now - cur.published_at <= grace:
            return _load(prev), ""
        return None, (
            f"policy version {named} is no longer accepted: the current version is "
            f"{cur.version} (published {cur.published_at:%Y-%m-%d %H:%M} UTC; the grace period "
            f"of {grace.total_seconds() / 3600:g} h has ended)"
        )
    if session.get(PolicyVersionRow, named) is not None:
        return None, (
            f"policy version {named} is not accepted: the current version is {cur.version}"
        )
    return cur, ""


def edit_problem(edit: contract.TaxonomyEdit) -> str:
    """Why an edit cannot be stored, or '' when it can."""
    codes = [a.code for a in edit.actions]
    unknown = sorted(set(codes) - ACTION_CODES)
    if unknown:
        return f"unknown action {unknown[0]!r}: actions are the fixed set the service carries out"
    missing = sorted(ACTION_CODES - set(codes))
    if missing:
        return f"action {missing[0]!r} is missing: an action can be relabelled, never removed"
    sections: list[tuple[str, list[str]]] = [
        ("action", codes),
        ("area", [a.code for a in edit.areas]),
        ("skip reason", [r.code for r in edit.skip_reasons]),
        ("escalation reason", [r.code for r in edit.escalation_reasons]),
    ]
    for name, section in sections:
        if any(not c.strip() for c in section):
            return f"a {name} has an empty code"
        dup = _first_duplicate(section)
        if dup:
            return f"the {name} code {dup!r} appears twice"
    for name, keys in (
        ("action", [a.shortcut for a in edit.actions if a.shortcut]),
        ("area", [a.shortcut for a in edit.areas if a.shortcut]),
    ):
        dup = _first_duplicate(keys)
        if dup:
            return f"the {name} key {dup!r} is used twice"
    for a in edit.actions:
        if not a.shortcut:
            continue
        key = keymap.normalize_key(a.shortcut)
        if key is None:
            return f"the key {a.shortcut!r} of action {a.code!r} is not one key"
        if key in keymap.RESERVED:
            return f"the key {key} of action {a.code!r} is kept for {keymap.RESERVED[key]}"
    bad = [a.code for a in edit.areas if a.media_reveal not in MEDIA_REVEALS]
    if bad:
        return f"area {bad[0]!r} has an unknown media reveal default"
    return ""


def _first_duplicate(values: list[str]) -> str:
    seen: set[str] = set()
    for v in values:
        if v in seen:
            return v
        seen.add(v)
    return ""


def diff(
    base: contract.PolicyTaxonomy, new: contract.PolicyTaxonomy
) -> list[contract.TaxonomyChange]:
    """Every difference from ``base`` to ``new``, section by section, field by field."""
    changes: list[contract.TaxonomyChange] = []
    sections: list[tuple[str, list[dict[str, object]], list[dict[str, object]]]] = [
        ("actions", [a.model_dump() for a in base.actions], [a.model_dump() for a in new.actions]),
        ("areas", [a.model_dump() for a in base.areas], [a.model_dump() for a in new.areas]),
        (
            "skip_reasons",
            [r.model_dump() for r in base.skip_reasons],
            [r.model_dump() for r in new.skip_reasons],
        ),
        (
            "escalation_reasons",
            [r.model_dump() for r in base.escalation_reasons],
            [r.model_dump() for r in new.escalation_reasons],
        ),
    ]
    for section, before_items, after_items in sections:
        before = {str(i["code"]): i for i in before_items}
        after = {str(i["code"]): i for i in after_items}
        for code, item in before.items():
            if code not in after:
                changes.append(
                    contract.TaxonomyChange(
                        section=section, code=code, change="removed", before=str(item["label"])
                    )
                )
                continue
            for field, value in item.items():
                if after[code].get(field) != value:
                    changes.append(
                        contract.TaxonomyChange(
                            section=section,
                            code=code,
                            change="changed",
                            field=field,
                            before=str(value),
                            after=str(after[code].get(field)),
                        )
                    )
        for code, item in after.items():
            if code not in before:
                changes.append(
                    contract.TaxonomyChange(
                        section=section, code=code, change="added", after=str(item["label"])
                    )
                )
    for term in sorted(set(base.flagged_terms) - set(new.flagged_terms)):
        changes.append(
            contract.TaxonomyChange(section="flagged_terms", code=term, change="removed")
        )
    for term in sorted(set(new.flagged_terms) - set(base.flagged_terms)):
        changes.append(contract.TaxonomyChange(section="flagged_terms", code=term, change="added"))
    return changes


def load_row(session: Session, version: str) -> PolicyVersionRow:
    row = session.get(PolicyVersionRow, version)
    if row is None:
        raise ApiError(404, "not_found", f"No taxonomy version {version!r}.")
    return row


def _log(
    session: Session, now: datetime, actor: str, action: str, target: str, before: str, after: str
) -> None:
    session.add(
        TaxonomyLog(
            at=now, actor=actor, action=action, target=target, before_json=before, after_json=after
        )
    )


def view(row: PolicyVersionRow) -> contract.TaxonomyVersion:
    status: contract.TaxonomyStatus = "published" if row.status == "published" else "draft"
    return contract.TaxonomyVersion(
        version=row.version,
        status=status,
        created_at=row.created_at,
        created_by=row.created_by,
        published_at=row.published_at,
        taxonomy=_load(row),
    )


def versions(session: Session) -> contract.TaxonomyVersionList:
    rows = session.scalars(select(PolicyVersionRow).order_by(PolicyVersionRow.seq)).all()
    return contract.TaxonomyVersionList(
        current=current_version(session), versions=[view(r) for r in rows]
    )


def new_draft(session: Session, actor: str, now: datetime) -> PolicyVersionRow:
    """A draft copied from the current version (the existing draft if there is one)."""
    existing = session.scalars(
        select(PolicyVersionRow).where(PolicyVersionRow.status == "draft")
    ).first()
    if existing is not None:
        return existing
    base = current(session)
    if session.get(PolicyVersionRow, base.version) is None:  # a migrated database: store v1
        seed_version_one(session, base.version, base.flagged_terms)
        session.flush()
    seq = (session.scalar(select(func.max(PolicyVersionRow.seq))) or 0) + 1
    version = f"{now:%Y.%m}.{seq}"
    doc = base.model_copy(update={"version": version, "published_at": now})
    row = PolicyVersionRow(
        version=version,
        seq=seq,
        status="draft",
        document=_document(doc),
        created_at=now,
        created_by=actor,
        published_at=None,
    )
    session.add(row)
    _log(session, now, actor, "taxonomy.draft", version, "", row.document)
    return row


def _writable(session: Session, version: str) -> PolicyVersionRow:
    row = load_row(session, version)
    if row.status != "draft":
        raise ApiError(
            409, "conflict", f"Taxonomy version {version} is published and never changes."
        )
    return row


def save_draft(
    session: Session, version: str, edit: contract.TaxonomyEdit, actor: str, now: datetime
) -> PolicyVersionRow:
    """Replace a draft's content; a published version is refused (409)."""
    row = _writable(session, version)
    problem = edit_problem(edit)
    if problem:
        raise ApiError(422, "validation", problem)
    doc = _load(row).model_copy(update=edit.model_dump())
    doc = contract.PolicyTaxonomy.model_validate(doc.model_dump())
    before, row.document = row.document, _document(doc)
    _log(session, now, actor, "taxonomy.edit", version, before, row.document)
    return row


def publish(session: Session, version: str, actor: str, now: datetime) -> PolicyVersionRow:
    """Publish a draft: it becomes the current version and never changes again."""
    row = _writable(session, version)
    doc = _load(row).model_copy(update={"published_at": now})
    row.document = _document(doc)
    row.status = "published"
    row.published_at = now
    before = current_version(session)
    meta = session.get(Meta, META_KEY)
    if meta is None:
        session.add(Meta(key=META_KEY, value=version))
    else:
        meta.value = version
    _log(session, now, actor, "taxonomy.publish", version, json.dumps(before), json.dumps(version))
    return row
