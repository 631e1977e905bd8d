-- Follow-up: an organisation on casebridge can answer for a directory entry
-- (a company, or a rule pack's authority); what is sent to that entry lands
-- in its inbox as a case that both sides follow, with a status, messages,
-- per-target outcomes or feedback, and its history. Notices about a case go
-- out through the outbox like packages do. Keep in step with sqlite/0012.

ALTER TABLE orgs ADD COLUMN recipient TEXT;
CREATE UNIQUE INDEX orgs_recipient ON orgs (recipient);

CREATE TABLE cases (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id         TEXT    NOT NULL UNIQUE,
    kind              TEXT    NOT NULL CHECK (kind IN ('request', 'report')),
    document_id       BIGINT  NOT NULL REFERENCES documents (id),
    package_id        BIGINT  NOT NULL REFERENCES packages (id),
    first_document_id BIGINT  NOT NULL REFERENCES documents (id),
    sender_org_id     BIGINT  NOT NULL REFERENCES orgs (id),
    recipient_org_id  BIGINT  NOT NULL REFERENCES orgs (id),
    recipient         TEXT    NOT NULL,
    recipient_name    TEXT    NOT NULL DEFAULT '',
    status            TEXT    NOT NULL CHECK (status IN ('received', 'acknowledged', 'in_progress',
                          'needs_clarification', 'answered', 'completed', 'rejected', 'withdrawn')),
    reason            TEXT,
    reason_text       TEXT    NOT NULL DEFAULT '',
    urgent            BOOLEAN NOT NULL DEFAULT FALSE,
    feedback          TEXT CHECK (feedback IN ('actionable', 'not_actionable', 'forwarded')),
    feedback_reason   TEXT,
    feedback_text     TEXT    NOT NULL DEFAULT '',
    revision          BIGINT  NOT NULL DEFAULT 1,
    received_at       TEXT    NOT NULL,
    acknowledged_at   TEXT,
    closed_at         TEXT,
    updated_at        TEXT    NOT NULL,
    UNIQUE (first_document_id, recipient_org_id)
);
CREATE INDEX cases_recipient ON cases (recipient_org_id, status, updated_at);
CREATE INDEX cases_sender ON cases (sender_org_id, updated_at);
CREATE INDEX cases_document ON cases (document_id);

CREATE TABLE case_events (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id        BIGINT  NOT NULL REFERENCES cases (id),
    at             TEXT    NOT NULL,
    side           TEXT    NOT NULL CHECK (side IN ('sender', 'recipient')),
    actor_user_id  BIGINT  REFERENCES users (id),
    kind           TEXT    NOT NULL CHECK (kind IN ('delivered', 'status', 'message', 'version',
                       'outcome', 'feedback', 'duty')),
    status         TEXT,
    reason         TEXT,
    body           TEXT    NOT NULL DEFAULT '',
    document_id    BIGINT  REFERENCES documents (id)
);
CREATE INDEX case_events_case ON case_events (case_id, id);

CREATE TABLE case_outcomes (
    case_id      BIGINT  NOT NULL REFERENCES cases (id),
    target       BIGINT  NOT NULL,
    outcome      TEXT    NOT NULL CHECK (outcome IN ('produced', 'no_records', 'rejected')),
    produced_on  TEXT,
    channel      TEXT    NOT NULL DEFAULT '',
    reason       TEXT,
    at           TEXT    NOT NULL,
    by_user_id   BIGINT  REFERENCES users (id),
    PRIMARY KEY (case_id, target)
);

-- Reminders sent, once each: a preservation about to run out (`preservation-30`,
-- `-14`, `-7` days before), an urgent case still unacknowledged
-- (`unacknowledged`).
CREATE TABLE reminders (
    document_id  BIGINT  NOT NULL REFERENCES documents (id),
    kind         TEXT    NOT NULL,
    sent_at      TEXT    NOT NULL,
    PRIMARY KEY (document_id, kind)
);

-- A report's legal duty recorded as done (a takedown, a notice), so its
-- clock stops showing overdue.
CREATE TABLE duty_records (
    document_id  BIGINT  NOT NULL REFERENCES documents (id),
    duty         TEXT    NOT NULL,
    done_at      TEXT    NOT NULL,
    done_by      BIGINT  REFERENCES users (id),
    note         TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (document_id, duty)
);

-- Deliveries gain a purpose: a package to its recipient (once per package
-- and address, as before) or a notice about a case (one per event).
ALTER TABLE deliveries DROP CONSTRAINT deliveries_package_id_recipient_key;
ALTER TABLE deliveries ADD COLUMN purpose TEXT NOT NULL DEFAULT 'package'
    CHECK (purpose IN ('package', 'notice'));
ALTER TABLE deliveries ADD COLUMN case_id BIGINT REFERENCES cases (id);
CREATE UNIQUE INDEX deliveries_package_recipient ON deliveries (package_id, recipient)
    WHERE purpose = 'package';
