-- Follow-up: an organisation on casebridge can answer for a directory entry
-- (a company, or a rule pack's authority); what is sent to that entry lands
-- in its inbox as a case that both sides follow, with a status, messages,
-- per-target outcomes or feedback, and its history. Notices about a case go
-- out through the outbox like packages do. Keep in step with postgres/0012.

-- The directory entry the organisation answers for, in the form keys are
-- recorded under: `company:<id>` or `authority:<CC>:<id>`.
ALTER TABLE orgs ADD COLUMN recipient TEXT;
CREATE UNIQUE INDEX orgs_recipient ON orgs (recipient);

CREATE TABLE cases (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    public_id         TEXT    NOT NULL UNIQUE,
    kind              TEXT    NOT NULL CHECK (kind IN ('request', 'report')),
    -- The version of the document the recipient has now; a new version
    -- sent in answer to a question replaces it and keeps the thread.
    document_id       INTEGER NOT NULL REFERENCES documents (id),
    package_id        INTEGER NOT NULL REFERENCES packages (id),
    -- The first version sent: a case is found again by it.
    first_document_id INTEGER NOT NULL REFERENCES documents (id),
    sender_org_id     INTEGER NOT NULL REFERENCES orgs (id),
    recipient_org_id  INTEGER NOT NULL REFERENCES orgs (id),
    recipient         TEXT    NOT NULL,
    recipient_name    TEXT    NOT NULL DEFAULT '',
    status            TEXT    NOT NULL CHECK (status IN ('received', 'acknowledged', 'in_progress',
                          'needs_clarification', 'answered', 'completed', 'rejected', 'withdrawn')),
    -- Why it was rejected or withdrawn: a code from a list, and words.
    reason            TEXT,
    reason_text       TEXT    NOT NULL DEFAULT '',
    urgent            BOOLEAN NOT NULL DEFAULT FALSE,
    -- Reports: whether police could act on it, and why not.
    feedback          TEXT CHECK (feedback IN ('actionable', 'not_actionable', 'forwarded')),
    feedback_reason   TEXT,
    feedback_text     TEXT    NOT NULL DEFAULT '',
    revision          INTEGER NOT NULL DEFAULT 1,
    received_at       TEXT    NOT NULL,
    acknowledged_at   TEXT,
    closed_at         TEXT,
    updated_at        TEXT    NOT NULL,
    UNIQUE (first_document_id, recipient_org_id)
);
CREATE INDEX cases_recipient ON cases (recipient_org_id, status, updated_at);
CREATE INDEX cases_sender ON cases (sender_org_id, updated_at);
CREATE INDEX cases_document ON cases (document_id);

-- What happened on a case, in order: both sides read the same history.
CREATE TABLE case_events (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id        INTEGER NOT NULL REFERENCES cases (id),
    at             TEXT    NOT NULL,
    side           TEXT    NOT NULL CHECK (side IN ('sender', 'recipient')),
    actor_user_id  INTEGER REFERENCES users (id),
    kind           TEXT    NOT NULL CHECK (kind IN ('delivered', 'status', 'message', 'version',
                       'outcome', 'feedback', 'duty')),
    status         TEXT,
    reason         TEXT,
    body           TEXT    NOT NULL DEFAULT '',
    document_id    INTEGER REFERENCES documents (id)
);
CREATE INDEX case_events_case ON case_events (case_id, id);

-- A request's outcome per target (its position in the request's list).
-- casebridge never holds the records produced: only when and how they went.
CREATE TABLE case_outcomes (
    case_id      INTEGER NOT NULL REFERENCES cases (id),
    target       INTEGER NOT NULL,
    outcome      TEXT    NOT NULL CHECK (outcome IN ('produced', 'no_records', 'rejected')),
    produced_on  TEXT,
    channel      TEXT    NOT NULL DEFAULT '',
    reason       TEXT,
    at           TEXT    NOT NULL,
    by_user_id   INTEGER REFERENCES users (id),
    PRIMARY KEY (case_id, target)
);

-- Reminders sent, once each: a preservation about to run out (`preservation-30`,
-- `-14`, `-7` days before), an urgent case still unacknowledged
-- (`unacknowledged`).
CREATE TABLE reminders (
    document_id  INTEGER NOT NULL REFERENCES documents (id),
    kind         TEXT    NOT NULL,
    sent_at      TEXT    NOT NULL,
    PRIMARY KEY (document_id, kind)
);

-- A report's legal duty recorded as done (a takedown, a notice), so its
-- clock stops showing overdue.
CREATE TABLE duty_records (
    document_id  INTEGER NOT NULL REFERENCES documents (id),
    duty         TEXT    NOT NULL,
    done_at      TEXT    NOT NULL,
    done_by      INTEGER REFERENCES users (id),
    note         TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (document_id, duty)
);

-- Deliveries gain a purpose: a package to its recipient (once per package
-- and address, as before) or a notice about a case (one per event). SQLite
-- cannot drop a table constraint, so the table is rebuilt.
CREATE TABLE deliveries_new (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    public_id         TEXT    NOT NULL UNIQUE,
    package_id        INTEGER NOT NULL REFERENCES packages (id),
    document_id       INTEGER NOT NULL REFERENCES documents (id),
    org_id            INTEGER NOT NULL REFERENCES orgs (id),
    channel           TEXT    NOT NULL CHECK (channel IN ('email', 'portal')),
    recipient         TEXT    NOT NULL,
    recipient_name    TEXT    NOT NULL DEFAULT '',
    transport         TEXT    NOT NULL CHECK (transport IN ('smtp', 'file', 'portal')),
    status            TEXT    NOT NULL
                      CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'uploaded')),
    attempts          INTEGER NOT NULL DEFAULT 0,
    next_attempt_at   TEXT,
    lease_until       TEXT,
    message_id        TEXT    NOT NULL DEFAULT '',
    envelope_from     TEXT    NOT NULL DEFAULT '',
    envelope_to       TEXT    NOT NULL DEFAULT '',
    message           BLOB,
    last_reply        TEXT    NOT NULL DEFAULT '',
    sent_at           TEXT,
    portal_reference  TEXT,
    uploaded_at       TEXT,
    uploaded_by       INTEGER REFERENCES users (id),
    requested_by      INTEGER REFERENCES users (id),
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    purpose           TEXT    NOT NULL DEFAULT 'package' CHECK (purpose IN ('package', 'notice')),
    case_id           INTEGER REFERENCES cases (id)
);
INSERT INTO deliveries_new (id, public_id, package_id, document_id, org_id, channel, recipient,
    recipient_name, transport, status, attempts, next_attempt_at, lease_until, message_id,
    envelope_from, envelope_to, message, last_reply, sent_at, portal_reference, uploaded_at,
    uploaded_by, requested_by, created_at, updated_at)
SELECT id, public_id, package_id, document_id, org_id, channel, recipient,
    recipient_name, transport, status, attempts, next_attempt_at, lease_until, message_id,
    envelope_from, envelope_to, message, last_reply, sent_at, portal_reference, uploaded_at,
    uploaded_by, requested_by, created_at, updated_at
FROM deliveries;
DROP TABLE deliveries;
ALTER TABLE deliveries_new RENAME TO deliveries;
CREATE UNIQUE INDEX deliveries_package_recipient ON deliveries (package_id, recipient)
    WHERE purpose = 'package';
CREATE INDEX deliveries_due ON deliveries (status, next_attempt_at);
CREATE INDEX deliveries_document ON deliveries (document_id);
