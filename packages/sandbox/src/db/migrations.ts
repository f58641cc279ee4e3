/**
 * Schema migrations, applied in order; `PRAGMA user_version` records how many have run.
 * Never edit a migration that has shipped: add a new one.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('applicant', 'organiser')),
    created_at TEXT NOT NULL
  );
  CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
  );
  CREATE INDEX sessions_account ON sessions(account_id);
  CREATE TABLE applications (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    call_id TEXT NOT NULL,
    commune TEXT NOT NULL,
    owner_id TEXT NOT NULL REFERENCES accounts(id),
    status TEXT NOT NULL,
    revision INTEGER NOT NULL,
    content TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    submitted_at TEXT
  );
  -- One live dossier per commune and call; a withdrawn one frees the place.
  CREATE UNIQUE INDEX applications_one_per_commune ON applications(call_id, commune) WHERE status <> 'withdrawn';
  CREATE INDEX applications_owner ON applications(owner_id);
  CREATE TABLE collaborators (
    application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    added_at TEXT NOT NULL,
    PRIMARY KEY (application_id, account_id)
  );
  CREATE INDEX collaborators_account ON collaborators(account_id);
  CREATE TABLE messages (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    author_id TEXT NOT NULL REFERENCES accounts(id),
    author_role TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX messages_application ON messages(application_id, seq);
  CREATE TABLE decisions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    action TEXT NOT NULL,
    comment TEXT,
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    decided_by TEXT NOT NULL REFERENCES accounts(id),
    decided_at TEXT NOT NULL
  );
  CREATE INDEX decisions_application ON decisions(application_id, seq);
  CREATE TABLE documents (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    filename TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    partner_id TEXT,
    storage_key TEXT NOT NULL,
    uploaded_at TEXT NOT NULL
  );
  CREATE INDEX documents_application ON documents(application_id, seq);
  CREATE TABLE idempotency_keys (
    account_id TEXT NOT NULL,
    key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    status INTEGER,
    headers TEXT,
    body TEXT,
    created_at TEXT NOT NULL,
    PRIMARY KEY (account_id, key)
  );
  `,
  // The sandbox clock survives a restart: its offset from the real clock, and the configured start it
  // came from (a new QMI_NOW starts a new clock).
  `
  CREATE TABLE sandbox_clock (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    start TEXT NOT NULL,
    offset_ms INTEGER NOT NULL
  );
  `,
  // Sessions (issue 14): a sliding idle expiry beside the absolute one. Sessions already issued count as
  // used at the upgrade, so that it signs nobody out; their absolute expiry still holds.
  `
  ALTER TABLE sessions ADD COLUMN last_used_at TEXT;
  UPDATE sessions SET last_used_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
  `,
  // Uploads in progress (issue 14): counted with the documents against the kind's count and the
  // dossier's total from their creation, until they finish, are terminated, expire or are discarded.
  `
  CREATE TABLE uploads_in_progress (
    id TEXT PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    account_id TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  );
  CREATE INDEX uploads_in_progress_application ON uploads_in_progress(application_id, kind);
  CREATE INDEX uploads_in_progress_expiry ON uploads_in_progress(expires_at);
  `,
  // Throttling (issue 14): rate-limiter-flexible's counters, in the shape its RateLimiterSQLite store
  // creates (key, points, expire in ms since the epoch), so they survive a restart with the data.
  `
  CREATE TABLE rate_limits (
    key TEXT PRIMARY KEY,
    points INTEGER NOT NULL DEFAULT 0,
    expire INTEGER
  );
  `,
  // Who uploaded each document: an editor deletes only their own (issue 15, dossier roles). Documents
  // from before have no uploader: only the dossier's owner deletes them.
  `
  ALTER TABLE documents ADD COLUMN uploaded_by TEXT REFERENCES accounts(id);
  `,
  // Who speaks for a commune (issue 15): verified e-mail addresses, ProConnect identities, communes an
  // account is verified for, claims organisers decide, single-use e-mail tokens, invitations, each
  // dossier's history, the e-mail outbox, and the OpenID Connect logins in flight. A dossier holds its
  // commune's place only when its owner is verified for the commune: accounts from before were never
  // verified, so their dossiers hold no place until the owner is verified (or an organiser reassigns).
  `
  ALTER TABLE accounts ADD COLUMN email_verified_at TEXT;
  ALTER TABLE accounts ADD COLUMN lang TEXT NOT NULL DEFAULT 'fr';
  ALTER TABLE accounts ADD COLUMN given_name TEXT;
  ALTER TABLE accounts ADD COLUMN usual_name TEXT;
  ALTER TABLE accounts ADD COLUMN has_password INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE accounts ADD COLUMN deleted_at TEXT;
  CREATE TABLE identities (
    provider TEXT NOT NULL,
    subject TEXT NOT NULL,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    siret TEXT,
    idp_id TEXT,
    created_at TEXT NOT NULL,
    last_sign_in_at TEXT NOT NULL,
    PRIMARY KEY (provider, subject)
  );
  CREATE INDEX identities_account ON identities(account_id);
  CREATE TABLE commune_verifications (
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    commune TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('proconnect', 'organiser', 'configuration')),
    verified_at TEXT NOT NULL,
    siret TEXT,
    claim_id TEXT,
    PRIMARY KEY (account_id, commune)
  );
  CREATE INDEX commune_verifications_commune ON commune_verifications(commune);
  CREATE TABLE commune_claims (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    commune TEXT NOT NULL,
    name TEXT NOT NULL,
    town_hall_role TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'refused', 'cancelled')),
    requested_at TEXT NOT NULL,
    decided_by TEXT REFERENCES accounts(id),
    decided_at TEXT,
    reason TEXT
  );
  CREATE UNIQUE INDEX commune_claims_open ON commune_claims(account_id, commune) WHERE status IN ('pending', 'approved');
  CREATE INDEX commune_claims_status ON commune_claims(status, seq);
  CREATE TABLE email_tokens (
    token_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('verify_email', 'reset_password', 'change_email')),
    new_email TEXT,
    created_at TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at TEXT
  );
  CREATE INDEX email_tokens_account ON email_tokens(account_id, purpose);
  CREATE TABLE invitations (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    invited_by TEXT NOT NULL REFERENCES accounts(id),
    token_hash TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'revoked')),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    accepted_by TEXT REFERENCES accounts(id),
    accepted_at TEXT
  );
  CREATE INDEX invitations_application ON invitations(application_id, seq);
  CREATE TABLE application_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    action TEXT NOT NULL,
    actor_id TEXT REFERENCES accounts(id),
    actor_role TEXT NOT NULL,
    reason TEXT,
    details TEXT,
    at TEXT NOT NULL
  );
  CREATE INDEX application_events_application ON application_events(application_id, seq);
  CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    purpose TEXT NOT NULL,
    account_id TEXT REFERENCES accounts(id) ON DELETE SET NULL,
    to_address TEXT NOT NULL,
    lang TEXT NOT NULL,
    subject TEXT NOT NULL,
    text_body TEXT NOT NULL,
    html_body TEXT NOT NULL,
    headers TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    sent_at TEXT,
    last_error TEXT
  );
  CREATE INDEX outbox_due ON outbox(next_attempt_at) WHERE sent_at IS NULL;
  CREATE TABLE oidc_logins (
    state TEXT PRIMARY KEY,
    nonce TEXT NOT NULL,
    code_verifier TEXT NOT NULL,
    origin TEXT NOT NULL,
    mode TEXT NOT NULL CHECK (mode IN ('popup', 'redirect')),
    return_to TEXT,
    expires_at INTEGER NOT NULL
  );
  CREATE TABLE oidc_handoffs (
    code_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    expires_at INTEGER NOT NULL
  );
  ALTER TABLE applications ADD COLUMN holds_place INTEGER NOT NULL DEFAULT 0;
  DROP INDEX applications_one_per_commune;
  -- One dossier holds a commune's place in a call; any number of drafts of unverified accounts may exist beside it.
  CREATE UNIQUE INDEX applications_place ON applications(call_id, commune) WHERE holds_place = 1 AND status <> 'withdrawn';
  -- One live dossier per account, commune and call.
  CREATE UNIQUE INDEX applications_one_per_owner ON applications(call_id, commune, owner_id) WHERE status <> 'withdrawn';
  `,
  // Issue 16, the organisers' side: the reviewer role (SQLite cannot widen a CHECK: the accounts table
  // is rebuilt, the documented way, with foreign keys off during migrations), assignments and conflicts
  // of interest, assessments, syntheses, private annotations, receipts, accompaniment, notifications.
  `
  CREATE TABLE accounts_rebuilt (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('applicant', 'organiser', 'reviewer')),
    created_at TEXT NOT NULL,
    email_verified_at TEXT,
    lang TEXT NOT NULL DEFAULT 'fr',
    given_name TEXT,
    usual_name TEXT,
    has_password INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT,
    organisation TEXT
  );
  INSERT INTO accounts_rebuilt (id, email, password_hash, role, created_at, email_verified_at, lang, given_name,
    usual_name, has_password, deleted_at)
    SELECT id, email, password_hash, role, created_at, email_verified_at, lang, given_name, usual_name, has_password,
      deleted_at FROM accounts;
  DROP TABLE accounts;
  ALTER TABLE accounts_rebuilt RENAME TO accounts;
  CREATE TABLE reviewer_invitations (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    email TEXT NOT NULL,
    organisation TEXT NOT NULL,
    lang TEXT NOT NULL DEFAULT 'fr',
    invited_by TEXT REFERENCES accounts(id) ON DELETE SET NULL,
    token_hash TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'revoked')),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    accepted_by TEXT REFERENCES accounts(id) ON DELETE SET NULL,
    accepted_at TEXT
  );
  CREATE INDEX reviewer_invitations_email ON reviewer_invitations(email);
  CREATE TABLE assignments (
    application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    reviewer_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    assigned_by TEXT REFERENCES accounts(id) ON DELETE SET NULL,
    assigned_at TEXT NOT NULL,
    conflict_declared_at TEXT,
    conflict_reason TEXT,
    PRIMARY KEY (application_id, reviewer_id)
  );
  CREATE INDEX assignments_reviewer ON assignments(reviewer_id);
  CREATE TABLE assessments (
    id TEXT PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    reviewer_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    ratings TEXT NOT NULL DEFAULT '{}',
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted')),
    revision INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    submitted_at TEXT,
    UNIQUE (application_id, reviewer_id)
  );
  CREATE TABLE syntheses (
    application_id TEXT PRIMARY KEY REFERENCES applications(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    per_criterion TEXT,
    updated_by TEXT REFERENCES accounts(id) ON DELETE SET NULL,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE annotations (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    author_id TEXT REFERENCES accounts(id) ON DELETE SET NULL,
    author_email TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX annotations_application ON annotations(application_id, seq);
  CREATE TABLE receipts (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    submitted_at TEXT NOT NULL,
    content_sha256 TEXT NOT NULL,
    documents TEXT NOT NULL,
    pdf BLOB NOT NULL,
    pdf_sha256 TEXT NOT NULL
  );
  CREATE INDEX receipts_application ON receipts(application_id, seq);
  CREATE TABLE advice_requests (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    requested_by TEXT REFERENCES accounts(id) ON DELETE SET NULL,
    message TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'answered')),
    created_at TEXT NOT NULL,
    answered_at TEXT
  );
  CREATE INDEX advice_requests_application ON advice_requests(application_id, seq);
  CREATE TABLE section_comments (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    section_id TEXT NOT NULL,
    author_id TEXT REFERENCES accounts(id) ON DELETE SET NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT REFERENCES accounts(id) ON DELETE SET NULL
  );
  CREATE INDEX section_comments_application ON section_comments(application_id, seq);
  CREATE TABLE notifications (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    params TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    read_at TEXT
  );
  CREATE INDEX notifications_account ON notifications(account_id, seq);
  ALTER TABLE decisions ADD COLUMN reasons TEXT;
  ALTER TABLE decisions ADD COLUMN fields TEXT;
  ALTER TABLE decisions ADD COLUMN agreement_deadline TEXT;
  ALTER TABLE applications ADD COLUMN agreement_signed_at TEXT;
  ALTER TABLE outbox ADD COLUMN attachments TEXT NOT NULL DEFAULT '[]';
  `,
  // A dossier's content as one row per top-level member (its form's sections): an autosave rewrites,
  // and fsyncs, the section it changed (a few KB), not the whole 90 KB dossier (issue 17: under
  // synchronous=FULL a COMMIT costs what it writes). Members keep their order (rowid), as in the text.
  `
  CREATE TABLE application_members (
    application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    UNIQUE (application_id, key)
  );
  INSERT INTO application_members (application_id, key, value)
    SELECT a.id, m.key, a.content -> m.fullkey FROM applications a, json_each(a.content) m ORDER BY a.seq, m.id;
  ALTER TABLE applications DROP COLUMN content;
  `,
];
