import logging
from concurrent.futures import ThreadPoolExecutor

import psycopg2

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL
from odoo.tools import sql as sql_tools

from ..core import normalize, phones, similarity

_logger = logging.getLogger(__name__)

FILL_BATCH_SIZE = 5000
# What the stored phone keys were computed by (core.phones.parser_fingerprint): keys computed by another
# version of phonenumbers or of the addon's reading of numbers may be stale, and are computed again.
PHONE_KEYS_PARSER_PARAM = "crm_lead_convert.similar_phone_keys_parser"
# Statistics PostgreSQL keeps of the company key, on crm_lead and in the table of letters (see _auto_init),
# enough for a column searched by trigram
COMPANY_KEY_STATISTICS = 10
SIMILARITY_COLUMNS = ("similar_company_key", "similar_phone_keys", "similar_contact_key")
# The company keys as the trigram search reads them, each once (COMPANY_LETTERS_TABLE), and its trigram index
# of their letters: their spellings of one sound written alike (SPELLING_KEY_SQL), without spaces
# (COMPANY_LETTERS). Until 18.0.1.28.0 the index was of crm_lead's own keys, until 18.0.1.5.0 the keys as they
# are, until 18.0.1.14.0 their spellings with spaces, in the indexes of the old names, dropped since.
COMPANY_LETTERS_TABLE = "crm_lead_company_letters"
COMPANY_KEY_INDEX = "crm_lead_company_letters_trgm_index"
OLD_COMPANY_KEY_INDEXES = (
    "crm_lead_similar_company_key_trgm_index",
    "crm_lead_similar_company_spelling_trgm_index",
    "crm_lead_similar_company_letters_trgm_index",
)
PHONE_KEYS_INDEX = "crm_lead_similar_phone_keys_index"
EMAIL_INDEX = "crm_lead_email_normalized_hash_index"
OLD_EMAIL_INDEX = "crm_lead_email_normalized_btree_index"
COMPANY_KEY_BTREE_INDEX = "crm_lead_similar_company_key_index"
COMPANY_JOINED_INDEX = "crm_lead_similar_company_joined_index"
CONTACT_KEY_INDEX = "crm_lead_similar_contact_key_index"
MAILBOX_INDEX = "crm_lead_similar_mailbox_index"
# A company key with its spellings of one sound written alike, in SQL: core.normalize.spelling_key ("tjahaja
# djaja" and "cahaya jaya" give one key), made from the same list of spellings, so that the two cannot drift
# apart. Replacing within the whole key is replacing within each word: no spelling holds a space.
SPELLING_KEY_FUNCTION = "crm_lead_spelling_key"


def _spelling_key_sql():
    """Return the statement that creates ``SPELLING_KEY_FUNCTION`` from ``normalize.SPELLINGS``."""
    body = SQL("company_key")
    for old, new in normalize.SPELLINGS:
        body = SQL("replace(%s, %s, %s)", body, old, new)
    return SQL(
        """CREATE OR REPLACE FUNCTION crm_lead_spelling_key(company_key text) RETURNS text
               LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT %s $$""",
        body,
    )


SPELLING_KEY_SQL = _spelling_key_sql()
# The company key of ``crm_lead`` as the trigram search compares it (the table of letters holds it so): its
# spelling's letters, without spaces.
# PostgreSQL cuts a text into trigrams word by word, each word's first and last letters padded with spaces
# ("  m", " ma", "ur "): such trigrams are in most names, and an index search reads their long lists. Without
# spaces, the trigrams across two words ("nle" of "harapanlentera") are rare, and the search reads short
# lists: on the held-out 200,000 leads, half the time at the same threshold (2026-12-01). Words written
# together or apart ("majujaya" / "maju jaya") are then one text, too.
COMPANY_LETTERS = SQL("replace(crm_lead_spelling_key(similar_company_key), ' ', '')")
# The company key's words written together ("drukkerijsmits"), as a company email domain spells the name: what
# Similar Leads and the duplicate scan look up, in its own index, for a lead writing from such a domain.
COMPANY_JOINED_KEY = SQL("replace(similar_company_key, ' ', '')")


def mailbox_of(email):
    """Return the SQL of the mailbox name of the normalised address ``email`` (SQL), before the "@"
    ("jozef.janssens"), as MAILBOX_INDEX holds it of stock's email_normalized (MAILBOX)."""
    return SQL("split_part(%s, '@', 1)", email)


# The mailbox names of stock's normalised addresses: Similar Leads and the duplicate scan look up, in their
# own index (MAILBOX_INDEX), the leads of one mailbox name at another domain, for a domain mistyped
# ("jozef.janssens@telenet.b" / "jozef.janssens@telenet.be").
MAILBOX = mailbox_of(SQL.identifier("email_normalized"))
MAILBOX_LETTERS_INDEX = "crm_lead_similar_mailbox_letters_index"


def mailbox_letters(email):
    """Return the SQL of the letters of the mailbox name of the normalised address ``email`` (SQL), without
    digits and separators ("saloninsancahaya" of "salon.insan.cahaya19@gmail.com"), as the core takes them
    (``normalize.mailbox_letters``) and MAILBOX_LETTERS_INDEX holds them."""
    return SQL("regexp_replace(split_part(%s, '@', 1), '[^a-z]+', '', 'g')", email)


# The letters of the mailbox names of the leads without company name: Similar Leads and the duplicate scan
# look up, in their own index (MAILBOX_LETTERS_INDEX), the leads writing from a mailbox at a public provider
# named after a lead's company ("salon.insan.cahaya@gmail.com" for "PT Salon Insan Cahaya",
# similarity._mailbox_spells_company_of).
MAILBOX_LETTERS = mailbox_letters(SQL.identifier("email_normalized"))
MAILBOX_LETTERS_WHERE = SQL("email_normalized IS NOT NULL AND similar_company_key IS NULL")


def mailbox_spellings(letters):
    """Return the SQL array of the company names, their words written together, that the letters of a
    mailbox name (SQL: :func:`mailbox_letters`) may spell, as ``normalize.mailbox_company_spellings`` gives
    them: the letters, and without a legal form before them."""
    return SQL(
        """ARRAY[%(letters)s] || ARRAY(SELECT substr(%(letters)s, length(form) + 1)
                                       FROM unnest(%(forms)s::text[]) AS form
                                      WHERE starts_with(%(letters)s, form)
                                        AND length(%(letters)s) > length(form))""",
        letters=letters,
        forms=list(normalize.MAILBOX_LEGAL_FORMS),
    )


def spelling_mailboxes(spelled):
    """Return the SQL array of the letters of the mailbox names that spell the company name ``spelled`` (SQL,
    its words written together): the name, and the name after each legal form (the other way round of
    :func:`mailbox_spellings`)."""
    return SQL(
        "ARRAY[%(spelled)s] || ARRAY(SELECT form || %(spelled)s FROM unnest(%(forms)s::text[]) AS form)",
        spelled=spelled,
        forms=list(normalize.MAILBOX_LEGAL_FORMS),
    )


def spells_by_mailbox(email, key, contact, providers):
    """Return the condition that a lead whose normalised address is ``email``, company key ``key`` and contact
    key ``contact`` (SQL) has no company name but a contact name and writes from a public provider
    (``providers``, SQL of a text array) a mailbox name of at least ``similarity.DOMAIN_SPELLING_MIN_LENGTH``
    letters (``similarity.mailbox_spelling``; the core tells a mailbox named after its contact apart)."""
    return SQL(
        """%(email)s IS NOT NULL AND %(key)s IS NULL AND %(contact)s IS NOT NULL
           AND split_part(%(email)s, '@', 2) = ANY(%(providers)s)
           AND length(%(letters)s) >= %(min_length)s""",
        email=email,
        key=key,
        contact=contact,
        providers=providers,
        letters=mailbox_letters(email),
        min_length=similarity.DOMAIN_SPELLING_MIN_LENGTH,
    )


def domain_name(domain):
    """Return the SQL of the name the domain ``domain`` (SQL of a text) is registered under, as the core
    takes it (``similarity._domain_name``): its longest label, the first of the longest ("majujaya" of
    "mail.majujaya.co.id")."""
    return SQL(
        """(SELECT part.label FROM unnest(string_to_array(%s, '.')) WITH ORDINALITY AS part(label, position)
          ORDER BY length(part.label) DESC, part.position LIMIT 1)""",
        domain,
    )


# The company name a company email domain spells, as the core compares it with the other lead's name written
# together (similarity._spells_company): the domain's name (domain_name), hyphens aside ("vanackerhermans" of
# "van-acker-hermans.eu"). A function, for an index of it over stock's email_domain_criterion
# (DOMAIN_SPELLING_INDEX): Similar Leads and the duplicate scan look up the leads writing from a domain that
# spells a lead's company name.
DOMAIN_SPELLING_FUNCTION = "crm_lead_domain_spelling"
DOMAIN_SPELLING_SQL = SQL(
    """CREATE OR REPLACE FUNCTION crm_lead_domain_spelling(domain text) RETURNS text
           LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT replace(%s, '-', '') $$""",
    domain_name(SQL("domain")),
)
DOMAIN_SPELLING_INDEX = "crm_lead_similar_domain_spelling_index"


def domain_spelling(criterion):
    """Return the SQL of the company name that the company email domain of ``criterion`` (SQL of stock's
    ``email_domain_criterion``: "@domain" for a company's domain) spells, as DOMAIN_SPELLING_INDEX holds it;
    with :func:`domain_spelling_where` of the same criterion, that index can be read."""
    return SQL("%s(substr(%s, 2))", SQL.identifier(DOMAIN_SPELLING_FUNCTION), criterion)


def domain_spelling_where(criterion):
    """Return the SQL of the condition that ``criterion`` (as :func:`domain_spelling`'s) is a domain's."""
    return SQL("starts_with(%s, '@')", criterion)


# The blocks of company names the duplicate scan joins on: each word of a lead's company key, and the first
# and last three letters of a word of five letters or more (a typo elsewhere in the word keeps them), or the
# first letter and the others in alphabetical order of a word of three or four letters, next to a word only
# ("k:yaay|abadi" of "yaya abadi" and "yaay abadi": two neighbours swapped after the first, the one typo such
# a word is allowed, keep it; alone, it would be a block as large as the word's), its spellings of one sound
# written alike (SPELLING_KEY_FUNCTION); and each block of a word followed by each
# block of the next word, one of the two a whole word ("yaya|p:tun", not "s:aya|p:tun": those found next to
# nothing more, in many more rows), for the names made of common words: the scan leaves out a block of
# more than its limit of leads, and in a large CRM most words and most first or last three letters are in
# more names than that ("Jaya", "Trading"), where two of them in a row are not ("Jaya Tunggal"). Kept
# in a table of their own, indexed, by a trigger on the key: looking a lead's blocks up then reads a few
# index entries, where a trigram search reads the long posting lists of common trigrams.
COMPANY_TOKEN_TABLE = "crm_lead_company_token"
COMPANY_TOKENS_FUNCTION = "crm_lead_company_tokens"
COMPANY_TOKEN_TRIGGER = "crm_lead_company_token_sync"
# The blocks of a company key (one definition for the table, its trigger and the whole-table scan), the
# table and its trigger's function; the names as above.
COMPANY_TOKEN_SQL = SQL(
    """CREATE OR REPLACE FUNCTION crm_lead_company_tokens(company_key text) RETURNS SETOF text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
            WITH word AS (
                SELECT position,
                       CASE WHEN length(word) >= 5
                            THEN ARRAY[word, 'p:' || left(word, 3), 's:' || right(word, 3)]
                            WHEN length(word) >= 3 AND word !~ '[0-9]'
                            THEN ARRAY[word, 'k:' || left(word, 1) || array_to_string(ARRAY(
                                     SELECT letter
                                       FROM unnest(string_to_array(substr(word, 2), NULL)) AS letter
                                      ORDER BY letter COLLATE "C"), '')]
                            ELSE ARRAY[word] END AS tokens
                  FROM unnest(array_remove(string_to_array(crm_lead_spelling_key(company_key), ' '), ''))
                       WITH ORDINALITY AS split(word, position)
            )
            SELECT token FROM word, unnest(word.tokens) AS token WHERE NOT starts_with(token, 'k:')
             UNION
            SELECT one.token || '|' || other.token
              FROM word AS first
              JOIN word AS second ON second.position = first.position + 1,
                   unnest(first.tokens) WITH ORDINALITY AS one(token, kind),
                   unnest(second.tokens) WITH ORDINALITY AS other(token, kind)
             WHERE one.kind = 1 OR other.kind = 1
        $$;
        CREATE TABLE IF NOT EXISTS crm_lead_company_token (lead_id integer NOT NULL, token varchar NOT NULL);
        CREATE TABLE IF NOT EXISTS crm_lead_company_letters (
            company_key varchar PRIMARY KEY, letters varchar NOT NULL
        );
        CREATE OR REPLACE FUNCTION crm_lead_company_token_sync() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                IF NEW.similar_company_key IS NOT DISTINCT FROM OLD.similar_company_key THEN
                    RETURN NULL;
                END IF;
                DELETE FROM crm_lead_company_token WHERE lead_id = NEW.id;
            END IF;
            INSERT INTO crm_lead_company_token (lead_id, token)
                 SELECT NEW.id, token FROM crm_lead_company_tokens(NEW.similar_company_key) AS token;
            -- a key another transaction committed since this one began makes ON CONFLICT fail to
            -- serialize (REPEATABLE READ): the key is there, and the lead's save goes on
            IF NEW.similar_company_key IS NOT NULL AND NOT EXISTS (
                    SELECT FROM crm_lead_company_letters WHERE company_key = NEW.similar_company_key) THEN
                BEGIN
                    INSERT INTO crm_lead_company_letters (company_key, letters)
                         VALUES (NEW.similar_company_key,
                                 replace(crm_lead_spelling_key(NEW.similar_company_key), ' ', ''))
                    ON CONFLICT DO NOTHING;
                EXCEPTION WHEN serialization_failure OR unique_violation THEN
                    NULL;
                END;
            END IF;
            RETURN NULL;
        END
        $$;"""
)
# The company keys of the leads, each once, with their letters as the trigram search compares them
# (COMPANY_LETTERS): made afresh (see _similar_ensure_company_tokens), its trigram index dropped before and
# made after, with few statistics (as crm_lead's company key, COMPANY_KEY_STATISTICS).
COMPANY_LETTERS_FILL_SQL = SQL(
    """DROP INDEX IF EXISTS crm_lead_company_letters_trgm_index;
       TRUNCATE crm_lead_company_letters;
       INSERT INTO crm_lead_company_letters (company_key, letters)
            SELECT DISTINCT similar_company_key, %s FROM crm_lead WHERE similar_company_key IS NOT NULL;
       CREATE INDEX crm_lead_company_letters_trgm_index ON crm_lead_company_letters
        USING gin (letters gin_trgm_ops);
       ALTER TABLE crm_lead_company_letters ALTER COLUMN letters SET STATISTICS %s;
       ANALYZE crm_lead_company_letters""",
    COMPANY_LETTERS,
    COMPANY_KEY_STATISTICS,
)


def is_pair_block(token):
    """Return the condition that the company-name block ``token`` (SQL) is one of two words in a row: the
    function of COMPANY_TOKEN_SQL joins them with "|", which no company key holds (letters, digits and
    single spaces only)."""
    return SQL("strpos(%s, '|') > 0", token)


def similar_keys_values(partner_name, contact_name, phone, mobile, country_code):
    """Return the stored similarity keys for these lead values: the company key (none for a private person's
    own name, ``normalize.company_key``), the keys of every number of the phone and mobile fields,
    space-separated, and the contact name's key (``normalize.contact_key``)."""
    phone_keys = dict.fromkeys(
        key for text in (phone, mobile) for key, _typed in phones.phone_keys(text, country_code)
    )
    return {
        "similar_company_key": normalize.company_key(partner_name, contact_name) or False,
        "similar_phone_keys": " ".join(phone_keys) or False,
        "similar_contact_key": normalize.contact_key(contact_name) or False,
    }


def _similar_keys_rows(rows):
    """Return the rows of the VALUES of the install's fill (``_fill_similar_keys``): ``(lead id, company key,
    phone keys, contact key)`` of each row ``(lead id, *values of similar_keys_values)``, NULL, not false,
    for a missing key: VALUES takes its column types from its rows."""
    values = []
    for lead_id, *lead_values in rows:
        keys = similar_keys_values(*lead_values)
        values.append(
            SQL(
                "(%s, %s::varchar, %s::varchar, %s::varchar)",
                lead_id,
                keys["similar_company_key"] or None,
                keys["similar_phone_keys"] or None,
                keys["similar_contact_key"] or None,
            )
        )
    return values


# The keys of the install's fill (_fill_similar_keys), lead by lead, and the function the rewrite of the table
# reads them by (an ALTER TABLE's USING takes no subquery); gone with the transaction, or with the fill.
FILL_TABLE_SQL = SQL(
    """DROP TABLE IF EXISTS pg_temp.crm_lead_similar_fill CASCADE;
       CREATE TEMPORARY TABLE crm_lead_similar_fill (
           id integer PRIMARY KEY, similar_company_key varchar, similar_phone_keys varchar,
           similar_contact_key varchar
       ) ON COMMIT DROP;
       CREATE FUNCTION pg_temp.crm_lead_similar_fill_keys(lead_id integer)
           RETURNS pg_temp.crm_lead_similar_fill LANGUAGE sql STABLE
           AS $$ SELECT * FROM pg_temp.crm_lead_similar_fill WHERE id = lead_id $$;"""
)


# The table of blocks' key, the reference to its lead and the index of its leads: made after the table is
# filled afresh (made again without them, by CREATE TABLE AS or by the install's fill), each where missing.
COMPANY_TOKEN_INDEXED_SQL = SQL(
    """DO $$
       BEGIN
           IF NOT EXISTS (SELECT FROM pg_constraint
                           WHERE conrelid = 'crm_lead_company_token'::regclass
                             AND conname = 'crm_lead_company_token_pkey') THEN
               ALTER TABLE crm_lead_company_token
                   ADD CONSTRAINT crm_lead_company_token_pkey PRIMARY KEY (token, lead_id);
           END IF;
           IF NOT EXISTS (SELECT FROM pg_constraint
                           WHERE conrelid = 'crm_lead_company_token'::regclass
                             AND conname = 'crm_lead_company_token_lead_id_fkey') THEN
               ALTER TABLE crm_lead_company_token
                   ADD CONSTRAINT crm_lead_company_token_lead_id_fkey
                   FOREIGN KEY (lead_id) REFERENCES crm_lead(id) ON DELETE CASCADE;
           END IF;
           -- made where missing only: CREATE INDEX IF NOT EXISTS locks the table all the same, and every
           -- lead saved with a new company name would wait for the update's end
           IF to_regclass('crm_lead_company_token_lead_index') IS NULL THEN
               CREATE INDEX crm_lead_company_token_lead_index ON crm_lead_company_token (lead_id);
           END IF;
       END
       $$"""
)
# The phone keys are looked up as an array of words: "any of these numbers".
PHONE_KEYS_ARRAY = SQL("string_to_array(similar_phone_keys, ' ')")
# The country a lead's phone numbers are read in, in SQL over ``lead``: the lead's, else its company's, as
# _similar_country_code reads it. Subqueries rather than joins: PostgreSQL plans them several times faster.
SIMILAR_COUNTRY_CODE = SQL(
    """COALESCE(
           (SELECT code FROM res_country WHERE id = lead.country_id),
           (SELECT country.code
              FROM res_company company
              JOIN res_partner company_partner ON company_partner.id = company.partner_id
              JOIN res_country country ON country.id = company_partner.country_id
             WHERE company.id = lead.company_id)
       )"""
)


class CrmLead(models.Model):
    """The stored keys by which Similar Leads finds candidates in the database, and their indexes.

    A key depends only on the lead's own values and its company's country, never on who saves the lead, so
    that the keys computed by the ORM and those filled in SQL when the addon is installed are the same.
    """

    # One concern a file (Similar Leads keys), as the project's style asks: crm.lead is inherited in several
    # files.
    _inherit = "crm.lead"  # pylint: disable=consider-merging-classes-inherited

    # Internal keys, not for users' filters and groupings: shown in debug mode only (technical features).
    similar_company_key = fields.Char(
        compute="_compute_similar_keys",
        store=True,
        groups="base.group_no_one",
        help="Company name without case, accents, punctuation and legal forms, to find Similar Leads; empty "
        "when it is the contact's own name.",
    )
    similar_phone_keys = fields.Char(
        compute="_compute_similar_keys",
        store=True,
        groups="base.group_no_one",
        help="Every phone and mobile number of the lead, each reduced to the last digits of its national "
        "number, to find Similar Leads.",
    )
    similar_contact_key = fields.Char(
        compute="_compute_similar_keys",
        store=True,
        groups="base.group_no_one",
        help="Contact name without titles, case or accents, its words sorted, to find Similar Leads.",
    )

    @api.depends(
        "partner_name", "contact_name", "phone", "mobile", "country_id", "company_id.partner_id.country_id"
    )
    def _compute_similar_keys(self):
        for lead in self:
            lead.update(
                similar_keys_values(
                    lead.partner_name,
                    lead.contact_name,
                    lead.phone,
                    lead.mobile,
                    lead._similar_country_code(),
                )
            )

    def _auto_init(self):
        """Fill the similarity keys of existing leads in batches, then index them; compute the phone keys
        again where they are stale.

        Left to the ORM, a new stored computed field is computed record by record in memory; on hundreds of
        thousands of leads that takes long. Creating the columns first and filling them in batches from
        plain SQL reads is much faster, and the ORM then finds them ready.
        """
        cr = self.env.cr
        self._similar_ensure_trigram()
        missing = [
            column for column in SIMILARITY_COLUMNS if not sql_tools.column_exists(cr, self._table, column)
        ]
        for column in missing:
            sql_tools.create_column(cr, self._table, column, "varchar")
        # every key filled afresh, unless only the contact keys are new (an update from before 18.0.1.19.0)
        filled = bool(missing) and missing != ["similar_contact_key"]
        # the table of company-name blocks made afresh as the company keys are, where their column is new (no
        # trigger fills it) and rewritten, by the functions that cut them, made first
        blocks = "similar_company_key" in missing
        spelling_changed = self._similar_ensure_spelling_key() if blocks else None
        if blocks:
            self._similar_create_function(COMPANY_TOKEN_SQL, COMPANY_TOKENS_FUNCTION)
        blocks_made = False
        if filled:
            blocks_made = self._fill_similar_keys(new_columns=missing, blocks=blocks)
            self.env["ir.config_parameter"].sudo().set_param(
                PHONE_KEYS_PARSER_PARAM, phones.parser_fingerprint()
            )
        else:
            if missing:
                self._refresh_similar_contact_keys()
            # phonenumbers upgraded, or the addon's reading of numbers changed, since they were computed
            self._similar_refresh_stale_phone_keys()
        result = super()._auto_init()
        self._similar_ensure_company_search(
            refill=filled, spelling_changed=spelling_changed, blocks_made=blocks_made
        )
        sql_tools.create_index(
            cr,
            PHONE_KEYS_INDEX,
            self._table,
            [PHONE_KEYS_ARRAY.code],
            method="gin",
            where="similar_phone_keys IS NOT NULL",
        )
        # the duplicate scan looks a lead's company key up as it is, too
        sql_tools.create_index(
            cr,
            COMPANY_KEY_BTREE_INDEX,
            self._table,
            ["similar_company_key"],
            where="similar_company_key IS NOT NULL",
        )
        # and the names a company email domain spells, their words written together, and the other way round
        # the domains spelling a name: made afresh with a new or changed function of it (PostgreSQL does not
        # compute an index of an IMMUTABLE function's values again when the function changes)
        sql_tools.create_index(
            cr,
            COMPANY_JOINED_INDEX,
            self._table,
            [COMPANY_JOINED_KEY.code],
            where="similar_company_key IS NOT NULL",
        )
        if self._similar_create_function(DOMAIN_SPELLING_SQL, DOMAIN_SPELLING_FUNCTION):
            sql_tools.drop_index(cr, DOMAIN_SPELLING_INDEX, self._table)
        criterion = SQL.identifier("email_domain_criterion")
        sql_tools.create_index(
            cr,
            DOMAIN_SPELLING_INDEX,
            self._table,
            [domain_spelling(criterion).code],
            where=domain_spelling_where(criterion).code,
        )
        # Similar Leads fetches the leads naming the same person, under a company name mistyped too much for
        # the trigram index to fetch it
        sql_tools.create_index(
            cr,
            CONTACT_KEY_INDEX,
            self._table,
            ["similar_contact_key"],
            where="similar_contact_key IS NOT NULL",
        )
        # and the mailbox names, in a hash index too (a name of any length)
        sql_tools.create_index(
            cr,
            MAILBOX_INDEX,
            self._table,
            [MAILBOX.code],
            method="hash",
            where="email_normalized IS NOT NULL",
        )
        # and the letters of the mailbox names of the leads without company name, for the mailboxes named
        # after a company
        sql_tools.create_index(
            cr,
            MAILBOX_LETTERS_INDEX,
            self._table,
            [MAILBOX_LETTERS.code],
            method="hash",
            where=MAILBOX_LETTERS_WHERE.code,
        )
        # Stock indexes email_normalized for ilike (trigram); the exact lookup wants another: a hash index,
        # which takes an address of any length, where a btree refused to save a lead whose address was
        # longer than 2,704 bytes (until 18.0.1.15.0, whose btree is dropped).
        sql_tools.drop_index(cr, OLD_EMAIL_INDEX, self._table)
        sql_tools.create_index(
            cr,
            EMAIL_INDEX,
            self._table,
            ["email_normalized"],
            method="hash",
            where="email_normalized IS NOT NULL",
        )
        if missing:
            # fresh statistics, or the planner reads every lead for the new keys until autovacuum runs
            cr.execute(SQL("ANALYZE crm_lead"))
        return result

    def _similar_ensure_company_search(self, refill=False, spelling_changed=None, blocks_made=False):
        """Make what company names are searched by: the function of their spellings, the table of the
        company keys with their letters and its trigram index, and the table of their blocks (both filled
        afresh when ``refill``; the blocks not where ``blocks_made`` by the fill of the keys). Where the
        function is new or changed (a module version with other spellings; ``spelling_changed`` when it was
        made already), both tables are filled afresh from it. An index of crm_lead of earlier versions is
        dropped (known by its name)."""
        cr = self.env.cr
        changed = self._similar_ensure_spelling_key() if spelling_changed is None else spelling_changed
        if changed and not refill:
            # the spellings changed: the stored contact keys hold them, written by Python (company keys are
            # stored as typed, their spellings made in SQL by the function)
            self._refresh_similar_contact_keys()
        for old_index in OLD_COMPANY_KEY_INDEXES:
            sql_tools.drop_index(cr, old_index, self._table)
        # The planner estimates a trigram search (%) by computing the similarity of the searched name with
        # each value of the statistics of what is searched: with PostgreSQL's default of 100 most common
        # values and 100 histogram bounds, that took most of a Similar Leads query's planning. Ten of each
        # are plenty: the table of letters has as few (COMPANY_LETTERS_FILL_SQL). Since 18.0.1.28.0 the
        # trigram search reads that table, and crm_lead's key is looked up by equality only; its ten are
        # kept, with which the plans of Similar Leads and of the duplicate scan were measured.
        cr.execute(
            SQL(
                "ALTER TABLE crm_lead ALTER COLUMN similar_company_key SET STATISTICS %s",
                COMPANY_KEY_STATISTICS,
            )
        )
        self._similar_ensure_company_tokens(refill=refill or changed, blocks_made=blocks_made)

    def _similar_ensure_company_tokens(self, refill=False, blocks_made=False):
        """Create the table of the company-name blocks of every lead (``COMPANY_TOKEN_TABLE``), the table of
        the company keys with their letters (``COMPANY_LETTERS_TABLE``), and the trigger that keeps both.
        Fill the blocks afresh for the leads already there when their table is new, when ``refill`` (the
        company keys were filled again), when the function that cuts the blocks is new or changed (a module
        version with other blocks), or when the trigger is missing (dropped with a column): the table could
        then be out of date; unless ``blocks_made`` (by ``_fill_similar_keys``, its keys and indexes still to
        make). Fill the keys afresh when ``refill``, when their index is missing (a table never filled) or
        when the trigger is. Both are made of the names' spellings: the function of them is there
        (``_similar_ensure_company_search`` makes it first, or ``_auto_init`` before the fill)."""
        cr = self.env.cr
        cr.execute(
            SQL(
                """SELECT to_regclass(%s) IS NOT NULL, to_regclass(%s) IS NOT NULL,
                          EXISTS(SELECT FROM pg_trigger
                                  WHERE tgrelid = 'crm_lead'::regclass AND tgname = %s)""",
                COMPANY_TOKEN_TABLE,
                COMPANY_KEY_INDEX,
                COMPANY_TOKEN_TRIGGER,
            )
        )
        table_there, letters_there, trigger_there = cr.fetchone()
        cut_changed = self._similar_create_function(COMPANY_TOKEN_SQL, COMPANY_TOKENS_FUNCTION)
        fill = not blocks_made and (refill or cut_changed or not table_there or not trigger_there)
        if fill:
            # Made afresh by CREATE TABLE AS, without its keys and indexes, made afterwards: a row at a time,
            # checking each, the fill took three times as long (200,000 held-out leads: 39 s instead of 13);
            # and PostgreSQL cuts the blocks with parallel workers for CREATE TABLE AS, not for INSERT (the
            # same leads on 2 cores: 7 s instead of 14). The trigger's function names the table, made again
            # under the same name; nothing else depends on it.
            cr.execute(
                SQL(
                    """DROP TABLE IF EXISTS %s;
                       CREATE TABLE %s AS
                            SELECT id AS lead_id, %s(similar_company_key)::varchar AS token FROM crm_lead
                             WHERE similar_company_key IS NOT NULL;
                       ALTER TABLE %s ALTER COLUMN lead_id SET NOT NULL, ALTER COLUMN token SET NOT NULL""",
                    SQL.identifier(COMPANY_TOKEN_TABLE),
                    SQL.identifier(COMPANY_TOKEN_TABLE),
                    SQL.identifier(COMPANY_TOKENS_FUNCTION),
                    SQL.identifier(COMPANY_TOKEN_TABLE),
                )
            )
        cr.execute(COMPANY_TOKEN_INDEXED_SQL)
        if fill or blocks_made:
            # the lookups of the duplicate scan are planned on the table's statistics
            cr.execute(SQL("ANALYZE %s", SQL.identifier(COMPANY_TOKEN_TABLE)))
        if refill or not letters_there or not trigger_there:
            # Similar Leads searches the company keys by trigram (crm_lead_duplicates.found_query) in this
            # table, each key once, where the index of crm_lead held a name as many times as leads have it,
            # each with the lead's wide row: the names made of a common long word ("Installatiebedrijf van
            # Dijk") share most trigrams with every other name of that word, and the index gives each of them
            # to be compared (audit set of bench/, 200,000 leads: 1,574 leads for that one, 931 keys here;
            # p95 of that search 7.5 -> 4.3 ms, the same leads found). Filled afresh as the blocks are, or
            # where new (an update from before 18.0.1.28.0) or the trigger was missing.
            cr.execute(COMPANY_LETTERS_FILL_SQL)
        if not trigger_there:
            # Made where missing only: CREATE OR REPLACE above changed its function where it was another, and
            # dropping a trigger waits for every transaction that reads crm_lead, then stops them all (ACCESS
            # EXCLUSIVE) until this one ends, which a deployment's first start (_register_hook) does too. A
            # version that changes its events or columns must drop it first.
            trigger = SQL.identifier(COMPANY_TOKEN_TRIGGER)
            cr.execute(
                SQL(
                    """CREATE TRIGGER %s AFTER INSERT OR UPDATE OF similar_company_key ON crm_lead
                          FOR EACH ROW EXECUTE FUNCTION %s()""",
                    trigger,
                    trigger,
                )
            )

    @api.model
    def _similar_repair_company_tables(self):
        """Add to the tables of company names what the leads hold and they lack: the company keys missing
        from the table of letters (``COMPANY_LETTERS_TABLE``), the blocks of the leads without any
        (``COMPANY_TOKEN_TABLE``); return how many rows. A refill while other workers save leads (an update
        from Apps, code deployed without an update) reads crm_lead in its snapshot: a lead committed
        meanwhile may lose its rows there, and Similar Leads and the duplicate scan would not find it by its
        name. Where a row missing here is committed by another transaction meanwhile, the insert fails to
        serialize: nothing is added, and the next day's run does it. Daily, with the word counts
        (``crm.lead.company.word._refresh``). A key no lead holds any more stays: it costs one comparison,
        where deleting it could race with a lead whose trigger saw it there."""
        cr = self.env.cr
        self.flush_model(["similar_company_key"])
        try:
            with cr.savepoint():
                cr.execute(
                    SQL(
                        """INSERT INTO crm_lead_company_letters (company_key, letters)
                                SELECT DISTINCT similar_company_key, %s
                                  FROM crm_lead AS lead
                                 WHERE similar_company_key IS NOT NULL
                                   AND NOT EXISTS (SELECT FROM crm_lead_company_letters AS known
                                                    WHERE known.company_key = lead.similar_company_key)
                        ON CONFLICT DO NOTHING""",
                        COMPANY_LETTERS,
                    )
                )
                added = cr.rowcount
                cr.execute(
                    """INSERT INTO crm_lead_company_token (lead_id, token)
                            SELECT lead.id, token
                              FROM crm_lead AS lead,
                                   crm_lead_company_tokens(lead.similar_company_key) AS token
                             WHERE lead.similar_company_key IS NOT NULL
                               AND NOT EXISTS (SELECT FROM crm_lead_company_token AS held
                                                WHERE held.lead_id = lead.id)
                    ON CONFLICT DO NOTHING"""
                )
                added += cr.rowcount
        except (psycopg2.errors.SerializationFailure, psycopg2.errors.UniqueViolation):
            _logger.info("Similar Leads: the tables of company names not checked, a lead saved meanwhile")
            return 0
        if added:
            _logger.info("Similar Leads: %s rows added to the tables of company names", added)
        return added

    def _similar_ensure_spelling_key(self):
        """Create or update ``SPELLING_KEY_FUNCTION`` from ``normalize.SPELLINGS``; return whether it is new
        or changed: the table of the company keys' letters and the table of blocks, both made of its values,
        are then out of date (see _auto_init)."""
        return self._similar_create_function(SPELLING_KEY_SQL, SPELLING_KEY_FUNCTION)

    def _similar_create_function(self, statement, function):
        """Run ``statement``, which creates or replaces the SQL function ``function`` (of one text argument);
        return whether the function is new or its source changed."""
        cr = self.env.cr
        source = SQL("SELECT prosrc FROM pg_proc WHERE oid = to_regprocedure(%s)", f"{function}(text)")
        cr.execute(source)
        before = cr.fetchone()
        cr.execute(statement)
        cr.execute(source)
        return before is None or before[0] != cr.fetchone()[0]

    @api.model
    def _similar_drop_company_tokens(self):
        """Drop what ``_similar_ensure_company_tokens`` made, on uninstall: the trigger and functions Odoo
        does not know of, and the tables (``crm.lead.company.token``'s and ``crm.lead.company.letters``',
        made in SQL too, with the trigram index of the company keys); the trigram indexes of crm_lead of
        earlier versions (where code was deployed without an update), then the function of the spellings
        they are made of; the indexes of stock's email_normalized and of its mailbox names, which stock does
        not make."""
        trigger = SQL.identifier(COMPANY_TOKEN_TRIGGER)
        self.env.cr.execute(
            SQL(
                """DROP TRIGGER IF EXISTS %s ON crm_lead;
                   DROP FUNCTION IF EXISTS %s();
                   DROP TABLE IF EXISTS %s, %s;
                   DROP FUNCTION IF EXISTS %s(text);
                   DROP INDEX IF EXISTS %s;
                   DROP FUNCTION IF EXISTS %s(text);
                   DROP FUNCTION IF EXISTS %s(text)""",
                trigger,
                trigger,
                SQL.identifier(COMPANY_TOKEN_TABLE),
                SQL.identifier(COMPANY_LETTERS_TABLE),
                SQL.identifier(COMPANY_TOKENS_FUNCTION),
                SQL(", ").join(
                    SQL.identifier(index)
                    for index in (
                        *OLD_COMPANY_KEY_INDEXES,
                        EMAIL_INDEX,
                        OLD_EMAIL_INDEX,
                        DOMAIN_SPELLING_INDEX,
                        MAILBOX_INDEX,
                    )
                ),
                SQL.identifier(SPELLING_KEY_FUNCTION),
                SQL.identifier(DOMAIN_SPELLING_FUNCTION),
            )
        )

    @api.model
    def _similar_clean_index_pending_lists(self, indexes=(PHONE_KEYS_INDEX, COMPANY_KEY_INDEX)):
        """Move the entries PostgreSQL keeps aside for the GIN ``indexes`` into them. Each lead written since
        autovacuum last passed waits in an index's pending list, and every search in that index reads the
        whole list: after a bulk merge and two scans of changed leads, a trigram lookup in 200,000 names took
        twice as long (15 ms instead of 7.6). Only the GIN indexes that exist and that the database user may
        act for (their owner's role, as Odoo's usually is) are cleaned; the others are left to autovacuum."""
        self.env.cr.execute(
            SQL(
                """SELECT gin_clean_pending_list(index.oid)
                     FROM pg_class index
                     JOIN pg_am method ON method.oid = index.relam AND method.amname = 'gin'
                    WHERE index.oid = ANY(ARRAY(SELECT to_regclass(name) FROM unnest(%s::text[]) AS name))
                      AND pg_has_role(index.relowner, 'USAGE')""",
                list(indexes),
            )
        )

    def _similar_ensure_trigram(self):
        """Make sure PostgreSQL's pg_trgm extension is there, or say clearly what to ask for."""
        if self.pool.has_trigram:
            return
        try:
            self._similar_create_trigram_extension()
        except psycopg2.Error as error:
            raise UserError(
                self.env._(
                    "Similar Leads needs the PostgreSQL extension pg_trgm, which this database does not have "
                    "and Odoo is not allowed to create. Ask your database administrator to run "
                    "“CREATE EXTENSION pg_trgm;” in the database “%(database)s”, then install again.",
                    database=self.env.cr.dbname,
                )
            ) from error
        self.pool.has_trigram = True

    def _similar_create_trigram_extension(self):
        """Create pg_trgm; fails where the database user may not create extensions."""
        with self.env.cr.savepoint():
            self.env.cr.execute(SQL("CREATE EXTENSION IF NOT EXISTS pg_trgm"))

    def _fill_similar_keys(self, new_columns=(), blocks=False):
        """Compute the similarity keys of every existing lead in Python, in batches, and write them in SQL.

        The country is the one :meth:`_similar_country_code` reads: the lead's, else its company's. The keys
        are written by an UPDATE of each batch, or, for the columns of ``new_columns`` (just made by the
        install or the update) where this transaction has the database to itself
        (``_similar_database_to_itself``), gathered in a temporary table and written by one rewrite of the
        table (``ALTER COLUMN ... TYPE ... USING``).
        On a database of many leads the UPDATE is most of an install's time: each lead gets a new row version,
        entered into each of the table's indexes (27 with stock crm alone), one row at a time, where the
        rewrite writes the rows once and builds each index afresh, sorted (200,000 held-out leads of bench/,
        2026-12-02: 37 s for the UPDATE of synthetic keys, 16 s for the rewrite). But a rewrite is not
        MVCC-safe (PostgreSQL's manual, ALTER TABLE): a transaction of another connection that began before
        it commits then reads the table as empty, and its writes to leads would be lost without an error,
        where after an UPDATE it reads the former rows and its writes fail to serialize, which Odoo retries.
        Hence the rewrite only where no other connection could hold such a transaction, and for the new
        columns only: a column in use may have a trigger or a view depending on it.

        With ``blocks``, where the table is rewritten, the table of company-name blocks
        (``COMPANY_TOKEN_TABLE``, made by ``COMPANY_TOKEN_SQL`` first) is filled afresh too, batch by batch as
        the keys are computed, its keys and indexes made afterwards (``_similar_ensure_company_tokens``):
        PostgreSQL cuts a batch's blocks while Python computes the next batch's keys, where the two ran one
        after the other; return whether it was. Only where the company keys' column is new (no trigger fills
        the table), and not where the keys are updated: PostgreSQL, writing them, is then the slower of the
        two, and cuts the blocks faster afterwards, with parallel workers (an install of the held-out 200,000
        with another connection open: 109 s with the blocks cut batch by batch, 94 s before this session).
        """
        cr = self.env.cr
        cr.execute(
            SQL(
                """
                SELECT lead.id, lead.partner_name, lead.contact_name, lead.phone, lead.mobile, %s
                  FROM crm_lead lead
                 WHERE lead.partner_name IS NOT NULL OR lead.phone IS NOT NULL OR lead.mobile IS NOT NULL
                    OR lead.contact_name IS NOT NULL
                """,
                SIMILAR_COUNTRY_CODE,
            )
        )
        rows = cr.fetchall()
        rewritten = []
        if new_columns and self._similar_database_to_itself():
            rewritten = [column for column in SIMILARITY_COLUMNS if column in new_columns]
        blocks = blocks and "similar_company_key" in rewritten
        if rewritten:
            cr.execute(FILL_TABLE_SQL)
        if blocks:
            cr.execute(SQL("TRUNCATE %s", SQL.identifier(COMPANY_TOKEN_TABLE)))
        # the others written batch by batch (an UPDATE), before the rewrite, which then copies live rows only
        updated = [column for column in SIMILARITY_COLUMNS if column not in rewritten]
        set_updated = SQL(", ").join(
            SQL("%s = keys.%s", SQL.identifier(column), SQL.identifier(column)) for column in updated
        )
        batches = [rows[start : start + FILL_BATCH_SIZE] for start in range(0, len(rows), FILL_BATCH_SIZE)]
        # The keys of a batch are computed in a thread while PostgreSQL writes those of the batch before:
        # psycopg2 lets go of Python's lock while it waits for the database, so that the two run at once.
        # The thread touches no record, cursor or cache, only the pure core.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="crm_lead_similar_keys") as executor:
            pending = executor.submit(_similar_keys_rows, batches[0]) if batches else None
            for position in range(len(batches)):
                values = SQL(", ").join(pending.result())
                if position + 1 < len(batches):
                    pending = executor.submit(_similar_keys_rows, batches[position + 1])
                if not rewritten:
                    cr.execute(
                        SQL(
                            """UPDATE crm_lead lead SET %s
                                 FROM (VALUES %s) AS keys(id, similar_company_key, similar_phone_keys,
                                                          similar_contact_key)
                                WHERE lead.id = keys.id""",
                            set_updated,
                            values,
                        )
                    )
                    continue
                fill = SQL("INSERT INTO pg_temp.crm_lead_similar_fill VALUES %s", values)
                if blocks:
                    fill = SQL(
                        """WITH batch AS (INSERT INTO pg_temp.crm_lead_similar_fill VALUES %s
                                          RETURNING id, similar_company_key)
                           INSERT INTO %s (lead_id, token)
                                SELECT id, %s(similar_company_key) FROM batch
                                 WHERE similar_company_key IS NOT NULL""",
                        values,
                        SQL.identifier(COMPANY_TOKEN_TABLE),
                        SQL.identifier(COMPANY_TOKENS_FUNCTION),
                    )
                cr.execute(fill)
                if updated:
                    cr.execute(
                        SQL(
                            """UPDATE crm_lead lead SET %s FROM pg_temp.crm_lead_similar_fill keys
                                WHERE lead.id = keys.id AND keys.id = ANY(%s)""",
                            set_updated,
                            [row[0] for row in batches[position]],
                        )
                    )
        if rewritten and not self._similar_database_to_itself():
            # A client connected while the keys were computed (a server started): the keys gathered are
            # written by an UPDATE instead, as with a server running. A lead without keys is not in the
            # temporary table, and its new columns stay NULL.
            cr.execute(
                SQL(
                    """UPDATE crm_lead lead SET %s FROM pg_temp.crm_lead_similar_fill keys
                        WHERE lead.id = keys.id""",
                    SQL(", ").join(
                        SQL("%s = keys.%s", SQL.identifier(column), SQL.identifier(column))
                        for column in rewritten
                    ),
                )
            )
            written = "an UPDATE (a connection to the database opened while the keys were computed)"
        elif rewritten:
            # a lead without keys is not in the table: NULL
            cr.execute(
                SQL(
                    "ALTER TABLE crm_lead %s",
                    SQL(", ").join(
                        SQL(
                            "ALTER COLUMN %s TYPE varchar USING (pg_temp.crm_lead_similar_fill_keys(id)).%s",
                            SQL.identifier(column),
                            SQL.identifier(column),
                        )
                        for column in rewritten
                    ),
                )
            )
            written = "a rewrite of the table"
        elif new_columns:
            written = "an UPDATE (other connections to the database are open)"
        else:
            written = "an UPDATE"
        _logger.info("Similar Leads: the keys of %s leads written by %s", len(rows), written)
        if rewritten:
            cr.execute(SQL("DROP TABLE pg_temp.crm_lead_similar_fill CASCADE"))
        return blocks

    def _similar_database_to_itself(self):
        """Tell whether no other client is connected to this database (an install or update run from the
        command line, the server stopped, as a large database is usually upgraded): then no transaction of
        another connection can read the leads through a rewrite of their table (``_fill_similar_keys``). A
        server running keeps connections open in its pools, and a client that connects later waits for the
        install's lock on the leads. Asked again just before the rewrite (a server started while the keys were
        computed: then an UPDATE); a client connecting between that and the install's end is not guarded
        against."""
        self.env.cr.execute(
            SQL(
                """SELECT NOT EXISTS(SELECT FROM pg_stat_activity
                                      WHERE datname = current_database() AND pid != pg_backend_pid()
                                        AND backend_type = 'client backend')"""
            )
        )
        return self.env.cr.fetchone()[0]

    def _similar_names_read_otherwise(self):
        """After an upgrade that reads company or contact names otherwise: compute the company and contact
        keys again, count the company words and names, and make the next scheduled duplicate scan a full one
        (the pairs it kept were scored by the former reading)."""
        self._refresh_similar_company_keys()
        self._refresh_similar_contact_keys()
        self.env["crm.lead.company.word"]._refresh()
        self.env["crm.lead.duplicate.group"]._scan_restart()

    def _refresh_similar_contact_keys(self):
        """Compute the stored contact keys again from the contact names, and write only those that changed
        (filled so on the update that adds them, and after an upgrade that reads names or spellings
        otherwise); return how many changed."""
        return self._similar_refresh_column(
            "similar_contact_key",
            SQL("lead.contact_name"),
            SQL("lead.contact_name IS NOT NULL OR lead.similar_contact_key IS NOT NULL"),
            normalize.contact_key,
        )

    def _refresh_similar_company_keys(self):
        """Compute the stored company keys again from the company and contact names, and write only those that
        changed (after an upgrade that changed how names are normalised)."""
        self._similar_refresh_column(
            "similar_company_key",
            SQL("lead.partner_name, lead.contact_name"),
            SQL("lead.partner_name IS NOT NULL OR lead.similar_company_key IS NOT NULL"),
            normalize.company_key,
        )
        self.env.cr.execute(SQL("ANALYZE crm_lead"))

    def _refresh_similar_phone_keys(self):
        """Compute the stored phone keys again from the phone and mobile numbers and the country they are read
        in, and write only those that changed; return how many changed."""
        self.flush_model(["phone", "mobile", "country_id", "similar_phone_keys"])
        return self._similar_refresh_column(
            "similar_phone_keys",
            SQL("lead.phone, lead.mobile, %s", SIMILAR_COUNTRY_CODE),
            SQL("lead.phone IS NOT NULL OR lead.mobile IS NOT NULL OR lead.similar_phone_keys IS NOT NULL"),
            lambda phone, mobile, country_code: similar_keys_values(None, None, phone, mobile, country_code)[
                "similar_phone_keys"
            ],
        )

    def _similar_refresh_column(self, column, read, where, key_of):
        """Compute the stored key ``column`` again for each lead that ``where`` (SQL over ``lead``) selects,
        by ``key_of`` from the values ``read`` (SQL over ``lead``), in batches, straight in SQL; write only
        the keys that changed and return how many did."""
        cr = self.env.cr
        last_id = changed_count = 0
        while True:
            cr.execute(
                SQL(
                    """SELECT lead.id, %s, lead.%s FROM crm_lead lead
                        WHERE lead.id > %s AND (%s) ORDER BY lead.id LIMIT %s""",
                    read,
                    SQL.identifier(column),
                    last_id,
                    where,
                    FILL_BATCH_SIZE,
                )
            )
            rows = cr.fetchall()
            if not rows:
                break
            last_id = rows[-1][0]
            changed = []
            for lead_id, *values, stored in rows:
                key = key_of(*values) or None
                if key != stored:
                    changed.append(SQL("(%s, %s::varchar)", lead_id, key))
            if changed:
                changed_count += len(changed)
                cr.execute(
                    SQL(
                        """UPDATE crm_lead lead SET %s = keys.key
                             FROM (VALUES %s) AS keys(id, key) WHERE lead.id = keys.id""",
                        SQL.identifier(column),
                        SQL(", ").join(changed),
                    )
                )
        self.invalidate_model([column])
        return changed_count

    @api.model
    def _similar_phone_keys_stale(self):
        """Tell whether the stored phone keys were computed by another reading of numbers than this code's
        (another version of phonenumbers or of ``core.phones``): ``PHONE_KEYS_PARSER_PARAM``."""
        stored = self.env["ir.config_parameter"].sudo().get_param(PHONE_KEYS_PARSER_PARAM)
        return stored != phones.parser_fingerprint()

    @api.model
    def _similar_refresh_stale_phone_keys(self):
        """Where the stored phone keys are stale (``_similar_phone_keys_stale``), compute them again and note
        this code's fingerprint; return how many leads' keys changed. A number read otherwise would be missed
        by Similar Leads and the duplicate scan, or compared by a key it no longer has. Where any changed,
        the next duplicate scan scores every lead again. At each update of the module (``_auto_init``): on a
        million leads, reading every number takes minutes, too long for a scheduled action's time limit."""
        if not self._similar_phone_keys_stale():
            return 0
        changed = self._refresh_similar_phone_keys()
        self.env["ir.config_parameter"].sudo().set_param(PHONE_KEYS_PARSER_PARAM, phones.parser_fingerprint())
        if changed:
            _logger.info("Similar Leads: the phone keys of %s leads computed again", changed)
            if sql_tools.table_exists(self.env.cr, "crm_lead_duplicate_candidate"):
                # the duplicate scan's pairs were found and scored by the stale keys: all scored again
                self.env["crm.lead.duplicate.group"]._scan_restart()
        return changed

    def _register_hook(self):
        """Say in the log where the stored phone keys are stale (phonenumbers upgraded, or code that reads
        numbers otherwise deployed without updating the module): the update computes them again."""
        result = super()._register_hook()
        try:
            with self.env.cr.savepoint():
                stale = self._similar_phone_keys_stale()
        except psycopg2.Error:
            stale = False  # a database being made, without its parameters yet
        if stale:
            _logger.warning(
                "Similar Leads: the stored phone keys were computed by another version of phonenumbers or of "
                "this module: update the module crm_lead_convert, which computes them again (until then, "
                "Similar Leads may miss or mis-compare some numbers)"
            )
        return result

    def _similar_country_code(self):
        """Return the country a phone number of this lead is read in: the lead's, else its company's."""
        self.ensure_one()
        return (self.country_id or self.company_id.partner_id.country_id).code or False
