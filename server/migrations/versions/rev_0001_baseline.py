"""Baseline: the schema as ``seed`` built it before migrations (``server.models`` then).

A database made before migrations existed holds exactly this: ``migrate`` stamps it with this
revision instead of running it (``server.migrations.upgrade``).

Revision ID: 0001_baseline
Revises:
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001_baseline"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "acks",
        sa.Column("announcement_id", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("announcement_id", "user_id"),
    )
    op.create_table(
        "announcement_targets",
        sa.Column("announcement_id", sa.String(length=64), nullable=False),
        sa.Column("target", sa.String(length=16), nullable=False),
        sa.Column("target_value", sa.String(length=64), nullable=False),
        sa.Column("published_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("announcement_id"),
    )
    op.create_table(
        "announcements",
        sa.Column("announcement_id", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("severity", sa.String(length=16), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.Column("policy_version", sa.String(length=64), nullable=False),
        sa.Column("requires_ack", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("announcement_id"),
    )
    op.create_table(
        "calibration_answers",
        sa.Column("answer_id", sa.String(length=36), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("session_id", sa.String(length=64), nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("policy_codes", sa.String(length=800), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("handle_time_ms", sa.Integer(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("answer_id"),
        sa.UniqueConstraint("item_id", "user_id", name="uq_answer_item_user"),
    )
    with op.batch_alter_table("calibration_answers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_calibration_answers_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "calibration_assignments",
        sa.Column("session_id", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("session_id", "user_id"),
    )
    with op.batch_alter_table("calibration_assignments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_calibration_assignments_user_id"), ["user_id"], unique=False
        )

    op.create_table(
        "calibration_items",
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("session_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.String(length=64), nullable=False),
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.Column("ref_action", sa.String(length=64), nullable=False),
        sa.Column("ref_policy_codes", sa.String(length=800), nullable=False),
        sa.Column("ref_note", sa.Text(), nullable=False),
        sa.Column("ref_decision_id", sa.String(length=36), nullable=True),
        sa.Column("ref_user_id", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("item_id"),
    )
    with op.batch_alter_table("calibration_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_calibration_items_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_calibration_items_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "calibration_sessions",
        sa.Column("session_id", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("session_id"),
    )
    op.create_table(
        "case_leases",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("case_id", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("batch_id", sa.String(length=64), nullable=False),
        sa.Column("leased_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("end_reason", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("case_leases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_leases_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_leases_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_leases_user_id"), ["user_id"], unique=False)

    op.create_table(
        "chat_chunks",
        sa.Column("case_id", sa.String(length=64), nullable=False),
        sa.Column("first_idx", sa.Integer(), nullable=False),
        sa.Column("message_count", sa.Integer(), nullable=False),
        sa.Column("offset_ms", sa.Text(), nullable=False),
        sa.Column("user_ids", sa.Text(), nullable=False),
        sa.Column("usernames", sa.Text(), nullable=False),
        sa.Column("texts", sa.Text(), nullable=False),
        sa.Column("flagged", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("case_id", "first_idx"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "decisions",
        sa.Column("server_seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("decision_id", sa.String(length=36), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("case_id", sa.String(length=64), nullable=False),
        sa.Column("queue", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("policy_codes", sa.String(length=800), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("escalation_reason", sa.String(length=64), nullable=False),
        sa.Column("supersedes", sa.String(length=36), nullable=True),
        sa.Column("superseded_by", sa.String(length=36), nullable=True),
        sa.Column("policy_version", sa.String(length=64), nullable=False),
        sa.Column("handle_time_ms", sa.Integer(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.Column("late", sa.Boolean(), nullable=False),
        sa.Column("audit_seq", sa.Integer(), nullable=False),
        sa.Column("audit_hash", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=100), nullable=False),
        sa.Column("upload_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("server_seq"),
        sa.UniqueConstraint("decision_id"),
    )
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decisions_action"), ["action"], unique=False)
        batch_op.create_index(batch_op.f("ix_decisions_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_decisions_decided_at"), ["decided_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_decisions_queue"), ["queue"], unique=False)
        batch_op.create_index(batch_op.f("ix_decisions_user_id"), ["user_id"], unique=False)

    op.create_table(
        "login_failures",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("login_failures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_login_failures_username"), ["username"], unique=False)

    op.create_table(
        "media",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content_type", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )
    op.create_table(
        "meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "qa_pool",
        sa.Column("decision_id", sa.String(length=36), nullable=False),
        sa.Column("server_seq", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.String(length=64), nullable=False),
        sa.Column("queue", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("pooled_at", sa.DateTime(), nullable=False),
        sa.Column("session_id", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("decision_id"),
    )
    with op.batch_alter_table("qa_pool", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_qa_pool_server_seq"), ["server_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_qa_pool_user_id"), ["user_id"], unique=False)

    op.create_table(
        "qa_results",
        sa.Column("result_id", sa.String(length=64), nullable=False),
        sa.Column("decision_id", sa.String(length=36), nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("session_id", sa.String(length=64), nullable=False),
        sa.Column("moderator_id", sa.String(length=64), nullable=False),
        sa.Column("qa_user_id", sa.String(length=64), nullable=False),
        sa.Column("verdict", sa.String(length=16), nullable=False),
        sa.Column("qa_action", sa.String(length=64), nullable=False),
        sa.Column("qa_policy_codes", sa.String(length=800), nullable=False),
        sa.Column("qa_note", sa.Text(), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(), nullable=False),
        sa.Column("dispute_status", sa.String(length=16), nullable=False),
        sa.Column("dispute_note", sa.Text(), nullable=False),
        sa.Column("disputed_at", sa.DateTime(), nullable=True),
        sa.Column("resolution_note", sa.Text(), nullable=False),
        sa.Column("resolved_by", sa.String(length=64), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("result_id"),
        sa.UniqueConstraint("item_id", "qa_user_id", name="uq_qa_result_item_user"),
    )
    with op.batch_alter_table("qa_results", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_qa_results_decision_id"), ["decision_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_qa_results_moderator_id"), ["moderator_id"], unique=False
        )
        batch_op.create_index("ix_qa_results_session", ["session_id"], unique=False)

    op.create_table(
        "qa_sampling_rates",
        sa.Column("queue_id", sa.String(length=64), nullable=False),
        sa.Column("rate", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("queue_id"),
    )
    op.create_table(
        "qa_sweep",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "queues",
        sa.Column("queue_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("sla_minutes", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("queue_id"),
    )
    op.create_table(
        "uploads",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=100), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("chain_seq", sa.Integer(), nullable=False),
        sa.Column("chain_head", sa.String(length=64), nullable=False),
        sa.Column("item_count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("uploads", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_uploads_user_id"), ["user_id"], unique=False)

    op.create_table(
        "users",
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("team", sa.String(length=64), nullable=False),
        sa.Column("vendor", sa.String(length=64), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("chain_seq", sa.Integer(), nullable=False),
        sa.Column("chain_head", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("user_id"),
        sa.UniqueConstraint("username"),
    )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_users_team"), ["team"], unique=False)

    op.create_table(
        "batches",
        sa.Column("batch_id", sa.String(length=64), nullable=False),
        sa.Column("queue", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("lease_expires_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.user_id"],
        ),
        sa.PrimaryKeyConstraint("batch_id"),
    )
    with op.batch_alter_table("batches", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_batches_user_id"), ["user_id"], unique=False)

    op.create_table(
        "cases",
        sa.Column("case_id", sa.String(length=64), nullable=False),
        sa.Column("queue", sa.String(length=64), nullable=False),
        sa.Column("home_queue", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("stream_json", sa.Text(), nullable=False),
        sa.Column("streamer_json", sa.Text(), nullable=False),
        sa.Column("reports_json", sa.Text(), nullable=False),
        sa.Column("prior_json", sa.Text(), nullable=False),
        sa.Column("golden_json", sa.Text(), nullable=True),
        sa.Column("chat_count", sa.Integer(), nullable=False),
        sa.Column("lease_holder", sa.String(length=64), nullable=True),
        sa.Column("lease_batch", sa.String(length=64), nullable=True),
        sa.Column("lease_expires_at", sa.DateTime(), nullable=True),
        sa.Column("current_decision", sa.String(length=64), nullable=True),
        sa.Column("escalation_reason", sa.String(length=64), nullable=False),
        sa.Column("escalation_note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["queue"],
            ["queues.queue_id"],
        ),
        sa.PrimaryKeyConstraint("case_id"),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(
            "ix_cases_queue_status_created", ["queue", "status", "created_at"], unique=False
        )

    op.create_table(
        "tokens",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("session_id", sa.String(length=64), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("rotated_at", sa.DateTime(), nullable=True),
        sa.Column("grace_uses", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.user_id"],
        ),
        sa.PrimaryKeyConstraint("token_hash"),
    )
    with op.batch_alter_table("tokens", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tokens_session_id"), ["session_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_tokens_user_id"), ["user_id"], unique=False)

    op.create_table(
        "snapshots",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("case_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("offset_seconds", sa.Float(), nullable=False),
        sa.Column("captured_at", sa.DateTime(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("content_type", sa.String(length=64), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("labels_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.case_id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("snapshots", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_snapshots_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("snapshots", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_snapshots_case_id"))

    op.drop_table("snapshots")
    with op.batch_alter_table("tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tokens_user_id"))
        batch_op.drop_index(batch_op.f("ix_tokens_session_id"))

    op.drop_table("tokens")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_queue_status_created")

    op.drop_table("cases")
    with op.batch_alter_table("batches", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_batches_user_id"))

    op.drop_table("batches")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_users_team"))

    op.drop_table("users")
    with op.batch_alter_table("uploads", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_uploads_user_id"))

    op.drop_table("uploads")
    op.drop_table("queues")
    op.drop_table("qa_sweep")
    op.drop_table("qa_sampling_rates")
    with op.batch_alter_table("qa_results", schema=None) as batch_op:
        batch_op.drop_index("ix_qa_results_session")
        batch_op.drop_index(batch_op.f("ix_qa_results_moderator_id"))
        batch_op.drop_index(batch_op.f("ix_qa_results_decision_id"))

    op.drop_table("qa_results")
    with op.batch_alter_table("qa_pool", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_qa_pool_user_id"))
        batch_op.drop_index(batch_op.f("ix_qa_pool_server_seq"))

    op.drop_table("qa_pool")
    op.drop_table("meta")
    op.drop_table("media")
    with op.batch_alter_table("login_failures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_login_failures_username"))

    op.drop_table("login_failures")
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decisions_user_id"))
        batch_op.drop_index(batch_op.f("ix_decisions_queue"))
        batch_op.drop_index(batch_op.f("ix_decisions_decided_at"))
        batch_op.drop_index(batch_op.f("ix_decisions_case_id"))
        batch_op.drop_index(batch_op.f("ix_decisions_action"))

    op.drop_table("decisions")
    op.drop_table("chat_chunks")
    with op.batch_alter_table("case_leases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_leases_user_id"))
        batch_op.drop_index(batch_op.f("ix_case_leases_case_id"))
        batch_op.drop_index(batch_op.f("ix_case_leases_batch_id"))

    op.drop_table("case_leases")
    op.drop_table("calibration_sessions")
    with op.batch_alter_table("calibration_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_calibration_items_session_id"))
        batch_op.drop_index(batch_op.f("ix_calibration_items_case_id"))

    op.drop_table("calibration_items")
    with op.batch_alter_table("calibration_assignments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_calibration_assignments_user_id"))

    op.drop_table("calibration_assignments")
    with op.batch_alter_table("calibration_answers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_calibration_answers_session_id"))

    op.drop_table("calibration_answers")
    op.drop_table("announcements")
    op.drop_table("announcement_targets")
    op.drop_table("acks")
