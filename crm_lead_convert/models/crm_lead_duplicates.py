import dataclasses
import functools
import hashlib
import logging

import psycopg2

from odoo import api, fields, models
from odoo.tools import SQL

from odoo.addons.iap.tools import iap_tools

from ..core import lead_key, normalize, similarity
from .crm_lead_similar_keys import (
    COMPANY_JOINED_KEY,
    COMPANY_LETTERS,
    COMPANY_TOKENS_FUNCTION,
    MAILBOX,
    MAILBOX_LETTERS,
    MAILBOX_LETTERS_WHERE,
    PHONE_KEYS_ARRAY,
    SIMILAR_COUNTRY_CODE,
    domain_spelling,
    domain_spelling_where,
    mailbox_letters,
    mailbox_of,
    mailbox_spellings,
    spelling_mailboxes,
)

_logger = logging.getLogger(__name__)

# _register_hook: the lock one worker takes to make the search function, and how long it waits for crm_lead
REGISTER_LOCK = "crm_lead_convert: Similar Leads' search function"
REGISTER_LOCK_TIMEOUT = "5s"
SENSITIVITY_PARAM = "crm_lead_convert.similar_leads_sensitivity"
DEFAULT_SENSITIVITY = similarity.DEFAULT_THRESHOLD
# The public mail providers, never a company domain: those Odoo itself knows (lead enrichment, stock Similar
# Leads), and those of the core it lacks ("hotmail.nl", "telkom.net", "proximus.be") or knows as a provider's
# mistyped ("yaho.co.id"), so that Similar Leads and the duplicate scan leave out the very same domains.
MAIL_PROVIDERS = (
    frozenset(iap_tools._MAIL_PROVIDERS)
    | normalize.GENERIC_EMAIL_DOMAINS
    | normalize.MISTYPED_PROVIDER_DOMAINS
)

# The company email domains the leads at them show to be public providers' (similarity.provider_like), counted
# every day with the company words (crm.lead.company.word._refresh), space-separated: one decision a domain
# for Similar Leads, its reasons column and the duplicate scan, until the next count.
PROVIDERS_PARAM = "crm_lead_convert.provider_like_domains"


@functools.lru_cache(maxsize=4)
def providers_of(learned):
    """Return ``(public mail providers, learned ones)`` for ``learned``, the value of ``PROVIDERS_PARAM``:
    ``MAIL_PROVIDERS`` with the learned domains, as ``similarity.match`` takes them."""
    learned = frozenset(learned.split())
    return (MAIL_PROVIDERS | learned if learned else MAIL_PROVIDERS), learned


# Candidates are fetched per criterion, each from its index, at most this many each.
CANDIDATES_PER_CRITERION = 50
# A company email domain shared by more leads than this says nothing about a prospect (stock Odoo's rule).
EMAIL_DOMAIN_RELEVANCE_LIMIT = 20
# The trigram similarity a company key's letters (COMPANY_LETTERS) need to be fetched as a candidate;
# rapidfuzz then decides. Set on the training set (2026-12-01): with 0.6, Similar Leads finds 557 of 575 pairs
# of one prospect at 20,000 leads and 621 of 635 at 200,000 (the keys with spaces found 558 and 623 at 0.6);
# 0.57 finds 558 and 622, 0.55 560 and 624, but each lets more names through: at 200,000 leads, p95 on a
# copy of the bench database 8.8-9.3 ms at 0.6, 10.4-10.9 at 0.57, 13-15 at 0.55 (stock's 5.8), and in a
# whole run of bench/run.py at 0.57, 4.0 times stock's p95 (3.1 at 0.6).
COMPANY_TRIGRAM_THRESHOLD = 0.6
# Similar Leads also fetches the lead naming the same person whose company name is likest (found_query), at
# least CONTACT_TRIGRAM_THRESHOLD alike as the names are, where the contact name is on at most
# CONTACT_KEY_LEADS leads. Set on the training set (2026-12-02): 10 of its 18 pairs of one prospect missed at
# 20,000 leads were never fetched, a name mistyped twice or more ("Artja Szkti" / "Artha Sakti", 0.24 alike
# as the index compares them, 0.33 as here), 5 of them by the same person; this finds 4. The five likest
# names found all 5 but cost more time (bench/README.md, eleventh session); a name on more leads is common:
# at 200,000 leads, single Indonesian names are on 1,000 each, read for every lead naming them.
CONTACT_CANDIDATES = 1
CONTACT_TRIGRAM_THRESHOLD = 0.2
CONTACT_KEY_LEADS = 50
# Similar Leads fetches the leads of the lead's mailbox name at another domain (found_query) only where at
# most this many leads hold it (merged-away ones left out), as the duplicate scan's blocks (BLOCK_LIMIT, of
# the scanned leads): a role's mailbox at many companies, a common given name, are read lead by lead
# otherwise (at 200,000 audit leads, "muhammad@": 686 leads, 1 ms of a search of 6).
MAILBOX_KEY_LEADS = 100
# Similar Leads also fetches the leads sharing a block of two words in a row with the lead (found_query), but
# not from a block more other leads hold than this: the duplicate scan's limit for such blocks too
# (crm_lead_duplicate_scan.PAIR_BLOCK_LIMIT, which counts only the leads it scans), and of these at most
# BLOCK_CANDIDATES, the likest names.
CANDIDATE_BLOCK_LEADS = 20
BLOCK_CANDIDATES = 3
# pg_trgm's "similar" operator: a code-only SQL keeps the %% that psycopg2 reads as one %
TRIGRAM_SIMILAR = SQL("%%")
MAX_SIMILAR_LEADS = 50

# What a lead's similarity key is built from
SIMILARITY_INPUT_FIELDS = (
    "partner_name",
    "contact_name",
    "phone",
    "mobile",
    "email_from",
    "country_id",
    "partner_id",
    "email_normalized",
    "company_id",
)
# What a lead's key is built from, as _similar_key_of takes it, read in SQL for saved leads (``lead``).
# Subqueries rather than joins: PostgreSQL plans them several times faster, and planning is most of such a
# query's time.
SIMILARITY_KEY_COLUMNS = SQL(
    """lead.id, lead.partner_name, lead.contact_name, lead.phone, lead.mobile, lead.email_from,
       lead.email_normalized, %s,
       (SELECT commercial_partner_id FROM res_partner WHERE id = lead.partner_id)""",
    SIMILAR_COUNTRY_CODE,
)


def found_query(own):
    """Return the query of the candidates of a lead: ``(criterion, id)`` of the leads sharing each criterion
    it has, each criterion fetched on its own, at most ``CANDIDATES_PER_CRITERION`` leads each (stock's
    relevance limit and one more for the email domain), so that a common criterion cannot crowd out a rare
    one. Merged-away leads are left out, and the excluded ones (the lead itself, the records marked as other
    prospects) before the limit. ``own`` maps the names of the searched lead's criteria (``company``, its
    ``letters`` as the table of letters holds them and its ``words``, ``email``, ``domain``, ``phones``,
    ``partner``, ``contact``, its company domain's name when not its own name, ``domain_name``, its
    company name written together, ``spelled``, and its address's mailbox name when long enough to be a
    person's, ``mailbox``; the company names its mailbox at a public provider may spell, for a lead without
    company name, ``mailbox_names``, and the other way round the letters of the mailboxes that spell its
    company name, ``spelling_mailboxes``) and of ``excluded`` to
    SQL: ``SEARCH_FUNCTION``'s variables, or a prepared statement's parameters. A criterion the lead lacks
    (NULL) is a branch PostgreSQL skips."""
    # a candidate is another lead, not one merged away (it lives on in the lead it was merged into)
    other = SQL("id != ALL(%s) AND merged_into_id IS NULL", own["excluded"])
    # a company name the core may find alike (similarity._may_agree): as many words but one, or the same
    # letters but for spaces
    may_agree = SQL(
        """(cardinality(string_to_array(similar_company_key, ' '))
                BETWEEN %(words)s - %(slack)s AND %(words)s + %(slack)s
            OR replace(similar_company_key, ' ', '') = replace(%(company)s, ' ', ''))""",
        words=own["words"],
        slack=similarity.WORD_COUNT_SLACK,
        company=own["company"],
    )
    return SQL(
        """
        (SELECT 'company' AS criterion, candidate.id FROM (
            -- Only names the core may find alike (similarity._may_agree): as many words but one, or the same
            -- letters but for spaces. A name of other length can agree only through the other criteria,
            -- fetched on their own; leaving it out here keeps the limit for the names that count. Names are
            -- compared as the table of letters holds them, each once: their spellings of one sound written
            -- alike ("Tjahaja Djaja" is found for "Cahaya Jaya"), without spaces; then their leads, by the
            -- key (OFFSET 0 keeps the two apart: planned together, PostgreSQL may read every lead).
            SELECT lead.id
              FROM (SELECT name.company_key, similarity(name.letters, %(letters)s) AS alike
                      FROM crm_lead_company_letters name
                     WHERE %(letters)s IS NOT NULL AND name.letters %(similar)s %(letters)s
                    OFFSET 0) AS alike_name
             CROSS JOIN LATERAL (
                    SELECT id FROM crm_lead
                     WHERE similar_company_key = alike_name.company_key AND %(other)s AND %(may_agree)s
                    OFFSET 0) AS lead
          ORDER BY alike_name.alike DESC, lead.id LIMIT %(limit)s) AS candidate)
        UNION ALL
        (SELECT 'email', candidate.id FROM (
            SELECT id FROM crm_lead WHERE %(email)s IS NOT NULL AND email_normalized = %(email)s AND %(other)s
          ORDER BY id LIMIT %(limit)s) AS candidate)
        UNION ALL
        (SELECT 'email_domain', candidate.id FROM (
            SELECT id FROM crm_lead
             WHERE %(domain)s IS NOT NULL AND email_domain_criterion = '@' || %(domain)s AND %(other)s
          ORDER BY id LIMIT %(domain_limit)s) AS candidate)
        UNION ALL
        -- The leads of the lead's mailbox name (MAILBOX) at another domain, of as many letters but one, for
        -- a domain mistyped ("jozef.janssens@telenet.b" / "jozef.janssens@telenet.be"): the core keeps those
        -- one slip apart (similarity._mistyped_domain). Only a mailbox name long enough to be a person's,
        -- and not one many leads hold (a role's, "marketing", "purchasing", or a common given name,
        -- "muhammad"), whose every lead would be read for each lead writing from it.
        (SELECT 'mailbox', candidate.id FROM (
            SELECT id FROM crm_lead
             WHERE %(mailbox)s IS NOT NULL AND email_normalized IS NOT NULL
               AND %(mailbox_key)s = %(mailbox)s AND email_normalized != %(email)s
               AND abs(length(email_normalized) - length(%(email)s)) <= 1 AND %(other)s
               AND (SELECT count(*)
                      FROM (SELECT FROM crm_lead
                             WHERE email_normalized IS NOT NULL AND %(mailbox_key)s = %(mailbox)s
                               AND merged_into_id IS NULL
                             LIMIT %(mailbox_over)s) AS holding) <= %(mailbox_leads)s
          ORDER BY id LIMIT %(limit)s) AS candidate)
        UNION ALL
        -- The stored keys are the numbers' last digits (phones.phone_keys); the core then compares the whole
        -- numbers. IS NOT NULL lets PostgreSQL use the partial index, and OFFSET 0 keeps it from walking the
        -- whole table in id order instead, to stop at the limit it rarely reaches.
        (SELECT 'phone', candidate.id FROM (
            SELECT id FROM (SELECT id FROM crm_lead
                             WHERE %(phones)s IS NOT NULL AND similar_phone_keys IS NOT NULL
                               AND %(phone_keys)s && %(phones)s AND %(other)s
                            OFFSET 0) AS sharing
          ORDER BY id LIMIT %(limit)s) AS candidate)
        UNION ALL
        -- The same person's lead under a company name the trigram search above does not find alike:
        -- mistyped twice or more ("bluuewater rfeight east" / "bluewater freight east"); the core then
        -- compares the names word by word, each word with its typo allowance. Only names the core may find
        -- alike, as above, a little alike at least, the likest one (a name the search above finds takes no
        -- place); not for a name on many leads ("Wagiman", "Budi Santoso"), whose every lead would be read
        -- for each lead naming him (its count is read from the index).
        (SELECT 'contact', candidate.id FROM (
            SELECT id FROM crm_lead
             WHERE %(contact)s IS NOT NULL AND %(letters)s IS NOT NULL AND similar_contact_key = %(contact)s
               AND similar_company_key IS NOT NULL AND %(other)s
               AND %(may_agree)s
               AND similarity(similar_company_key, %(company)s) >= %(contact_similarity)s
               AND NOT %(letters_key)s %(similar)s %(letters)s
               AND %(contact_held_by_few)s
          ORDER BY similarity(similar_company_key, %(company)s) DESC, id
             LIMIT %(contact_limit)s) AS candidate)
        UNION ALL
        -- The leads naming the same person by a name of two words at least, where one of the two has no
        -- company name and both have numbers, for a number mistyped ("0857 8108 8758" / "0857 8108
        -- 8788"), whose key the phone criterion does not find: the core compares the numbers
        -- (similarity._alike_phone). Only the very same contact key: the same person written with
        -- initials or a typo ("B. Santoso") is left to the other criteria. Not for a contact name on many
        -- leads, as above.
        (SELECT 'person', candidate.id FROM (
            SELECT id FROM crm_lead
             WHERE %(contact)s IS NOT NULL AND %(phones)s IS NOT NULL AND strpos(%(contact)s, ' ') > 0
               AND similar_contact_key = %(contact)s
               AND similar_phone_keys IS NOT NULL AND NOT %(phone_keys)s && %(phones)s
               AND (%(company)s IS NULL OR similar_company_key IS NULL) AND %(other)s
               AND %(contact_held_by_few)s
          ORDER BY id LIMIT %(limit)s) AS candidate)
        UNION ALL
        -- The leads sharing a block of two words in a row with the lead (the duplicate scan's blocks, in
        -- their table, crm_lead_company_tokens: a word and the first or last three letters of the word next
        -- to it, or the sorted letters of a short one), for a name mistyped in each of its words, or a short
        -- name, whose trigrams the typos spoil ("ksoter bouw" / "koster bouw", 0.47 alike as the index
        -- compares them; "aptoek citra seeahtera"): the words' other ends still agree. Only blocks few other
        -- leads hold (a common name's are held by many; merged-away leads counted, the lead itself and its
        -- marked records not, so that a lead finds the same saved as typed), only names the core may find
        -- alike, as above, not those the trigram search finds, the likest few.
        (SELECT 'block', candidate.id FROM (
            -- A block of two whole words ("koster|bouw") finds names the trigram search finds: only blocks
            -- of a word and the other's three letters (a ":" in the block). Each block's leads are read once
            -- (at most one more than a block may hold), then each lead by its id (OFFSET 0 keeps both apart:
            -- planned together, PostgreSQL read the whole table of leads for its conditions, 0.7 s a lead
            -- among 200,000).
            SELECT found.id, similarity(found.letters, %(letters)s) AS alike
              FROM (SELECT DISTINCT holder.lead_id
                      FROM %(blocks)s(%(company)s) AS own(token)
                     CROSS JOIN LATERAL (SELECT array_agg(sharing.lead_id) AS lead_ids
                                           FROM (SELECT lead_id FROM crm_lead_company_token
                                                  WHERE token = own.token AND lead_id != ALL(%(excluded)s)
                                                  LIMIT %(block_over)s) AS sharing
                                        ) AS block,
                           unnest(block.lead_ids) AS holder(lead_id)
                     WHERE %(company)s IS NOT NULL
                       AND strpos(own.token, '|') > 0 AND strpos(own.token, ':') > 0
                       AND cardinality(block.lead_ids) <= %(block_leads)s
                    OFFSET 0) AS held
             CROSS JOIN LATERAL (
                    SELECT id, %(letters_key)s AS letters FROM crm_lead
                     WHERE id = held.lead_id AND %(other)s
                       AND %(may_agree)s
                       AND NOT %(letters_key)s %(similar)s %(letters)s
                    OFFSET 0) AS found
          ORDER BY alike DESC, found.id LIMIT %(block_limit)s) AS candidate)
        UNION ALL
        -- The leads whose company name the lead's company email domain spells, its words written together
        -- ("drukkerijsmits.com" / "Drukkerij Smits"), for a lead whose own company name is mistyped too much
        -- for the trigram search above ("Drukkreij Smits" at drukkerijsmits.com): the domain shows the
        -- company's own spelling (similarity._spells_company); or for a lead without company name, which
        -- the domain names (similarity._spells_company_of). Only where the domain's name is not the
        -- lead's own name written together (the search above fetches those names). Looked up as it is
        -- (its own index): the spellings of one sound are written alike word by word, and the letters of
        -- a name written together ("srijaya") are not always those of its words ("sri jaya").
        (SELECT 'domain_name', candidate.id FROM (
            SELECT id FROM (SELECT id FROM crm_lead
                             WHERE %(domain_name)s IS NOT NULL AND similar_company_key IS NOT NULL
                               AND %(joined_key)s = %(domain_name)s AND %(other)s
                            OFFSET 0) AS spelled
          ORDER BY id LIMIT %(limit)s) AS candidate)
        UNION ALL
        -- The other way round: the leads writing from a company domain that spells the lead's company name,
        -- its words written together, hyphens aside ("...@drukkerijsmits.com", "...@van-acker-hermans.eu"
        -- for "Drukkreij Smits" or "Van Acker & Heemams"), looked up as the core compares them in an index
        -- of the names domains spell, but those of the lead's own domain (the domain criterion above).
        (SELECT 'domain_spelling', candidate.id FROM (
            SELECT id FROM crm_lead
             WHERE %(spelled)s IS NOT NULL AND %(domain_where)s AND %(domain_spelling)s = %(spelled)s
               AND email_domain_criterion IS DISTINCT FROM '@' || %(domain)s AND %(other)s
          ORDER BY id LIMIT %(limit)s) AS candidate)
        UNION ALL
        -- A lead without company name writing from a mailbox at a public provider named after a company
        -- ("salon.insan.cahaya@gmail.com", "cv.abadijaya@yahoo.co.id"): the leads of that name, written
        -- together (similarity._mailbox_spells_company_of), looked up as the domain's name above.
        (SELECT 'mailbox_name', candidate.id FROM (
            SELECT id FROM (SELECT id FROM crm_lead
                             WHERE %(mailbox_names)s IS NOT NULL AND similar_company_key IS NOT NULL
                               AND %(joined_key)s = ANY(%(mailbox_names)s) AND %(other)s
                            OFFSET 0) AS spelled
          ORDER BY id LIMIT %(limit)s) AS candidate)
        UNION ALL
        -- The other way round: the leads without company name writing from a mailbox named after the
        -- lead's company, in the index of the letters of their mailbox names (the core tells a public
        -- provider's mailbox, and a lead without contact name, apart; a condition on the contact here made
        -- PostgreSQL take the contact index instead). OFFSET 0, as for the phones above: planned for its
        -- limit, PostgreSQL walked the whole table in id order (87 ms a lead among 200,000).
        (SELECT 'company_mailbox', candidate.id FROM (
            SELECT id FROM (SELECT id FROM crm_lead
                             WHERE %(spelling_mailboxes)s IS NOT NULL AND %(mailbox_letters_where)s
                               AND %(mailbox_letters)s = ANY(%(spelling_mailboxes)s) AND %(other)s
                            OFFSET 0) AS spelling
          ORDER BY id LIMIT %(limit)s) AS candidate)
        UNION ALL
        -- OFFSET 0 as above: planned for its limit, PostgreSQL walked the whole table in id order for a lead
        -- linked to a customer (0.14 s among 200,000 leads).
        (SELECT 'partner', candidate.id FROM (
            SELECT id FROM (SELECT id FROM crm_lead
                             WHERE %(partner)s IS NOT NULL
                               AND partner_id IN (SELECT id FROM res_partner
                                                   WHERE commercial_partner_id = %(partner)s)
                               AND %(other)s
                            OFFSET 0) AS linked
          ORDER BY id LIMIT %(limit)s) AS candidate)
        """,
        letters=own["letters"],
        letters_key=COMPANY_LETTERS,
        similar=TRIGRAM_SIMILAR,
        other=other,
        may_agree=may_agree,
        company=own["company"],
        limit=CANDIDATES_PER_CRITERION,
        email=own["email"],
        mailbox=own["mailbox"],
        mailbox_key=MAILBOX,
        mailbox_leads=MAILBOX_KEY_LEADS,
        mailbox_over=MAILBOX_KEY_LEADS + 1,
        domain=own["domain"],
        domain_limit=EMAIL_DOMAIN_RELEVANCE_LIMIT + 1,
        phones=own["phones"],
        phone_keys=PHONE_KEYS_ARRAY,
        partner=own["partner"],
        contact=own["contact"],
        contact_limit=CONTACT_CANDIDATES,
        blocks=SQL.identifier(COMPANY_TOKENS_FUNCTION),
        block_leads=CANDIDATE_BLOCK_LEADS,
        block_over=CANDIDATE_BLOCK_LEADS + 1,
        block_limit=BLOCK_CANDIDATES,
        excluded=own["excluded"],
        contact_similarity=CONTACT_TRIGRAM_THRESHOLD,
        contact_held_by_few=SQL(
            """(SELECT count(*) FROM (SELECT FROM crm_lead WHERE similar_contact_key = %s
                                      LIMIT %s) AS holding) <= %s""",
            own["contact"],
            CONTACT_KEY_LEADS + 1,
            CONTACT_KEY_LEADS,
        ),
        domain_name=own["domain_name"],
        joined_key=COMPANY_JOINED_KEY,
        spelled=own["spelled"],
        mailbox_names=own["mailbox_names"],
        spelling_mailboxes=own["spelling_mailboxes"],
        mailbox_letters=MAILBOX_LETTERS,
        mailbox_letters_where=MAILBOX_LETTERS_WHERE,
        domain_where=domain_spelling_where(SQL.identifier("email_domain_criterion")),
        domain_spelling=domain_spelling(SQL.identifier("email_domain_criterion")),
    )


# Similar Leads of one lead, in one call (``_similar_search``): its candidates (``found_query``) with the
# values their keys are made of (``SIMILARITY_KEY_COLUMNS``), in id order, then the counts of the company
# words and common names of the lead and its candidates. For a saved lead (``searched``), its criteria are
# read from its stored keys, it is a row too ("self"), and the records marked as other prospects are left
# out; otherwise they are the arguments, made by the core. A function, for PostgreSQL to plan its queries
# once per connection (planning took a third of a search's database time): a generic plan suits them, each
# using its index whatever is searched. The trigram threshold is the function's own setting, given back
# after the call; so is JIT compiling, off: a generic plan's estimates can pass PostgreSQL's threshold for it,
# whose compiling then took 0.3 s of a search of a few milliseconds.
SEARCH_FUNCTION = "crm_lead_similar_search"
SEARCH_FUNCTION_SIGNATURE = (
    "crm_lead_similar_search(integer, text, text, text[], integer, text, integer[], text[])"
)


def search_function_sql(version):
    """Return the statement that makes SEARCH_FUNCTION, ``version`` written in its body (a comment): the
    function's definition then tells which version the database has (see ``SEARCH_FUNCTION_DIGEST``)."""
    return SQL(
        SEARCH_FUNCTION_TEMPLATE,
        version=version,
        threshold=str(COMPANY_TRIGRAM_THRESHOLD),
        spelling_min_length=similarity.DOMAIN_SPELLING_MIN_LENGTH,
        mailbox_min_length=similarity.MAILBOX_MIN_LENGTH,
        own_mailbox=mailbox_of(SQL("own_email")),
        own_mailbox_letters=mailbox_letters(SQL("own_email")),
        own_mailbox_names=mailbox_spellings(SQL("own_mailbox_letters")),
        own_spelling_mailboxes=spelling_mailboxes(SQL("own_spelled")),
        found=found_query(
            {
                "company": SQL("own_company"),
                "letters": SQL("own_letters"),
                "words": SQL("own_words"),
                "email": SQL("own_email"),
                "domain": SQL("own_domain"),
                "phones": SQL("own_phones"),
                "partner": SQL("own_partner"),
                "contact": SQL("own_contact"),
                "domain_name": SQL("own_domain_name"),
                "spelled": SQL("own_spelled"),
                "mailbox": SQL("own_mailbox"),
                "mailbox_names": SQL("own_mailbox_names"),
                "spelling_mailboxes": SQL("own_spelling_mailboxes"),
                "excluded": SQL("excluded"),
            }
        ),
        columns=SIMILARITY_KEY_COLUMNS,
    )


SEARCH_FUNCTION_TEMPLATE = """
    CREATE FUNCTION crm_lead_similar_search(
        searched integer, own_company text, own_email text, own_phones text[], own_partner integer,
        own_contact text, excluded integer[], providers text[])
    RETURNS TABLE(criterion text, lead_id integer, partner_name varchar, contact_name varchar, phone varchar,
                  mobile varchar, email_from varchar, email_normalized varchar, country_code varchar,
                  commercial_partner_id integer, phone_keys varchar, lead_count integer)
    LANGUAGE plpgsql STABLE
    SET pg_trgm.similarity_threshold = %(threshold)s
    SET plan_cache_mode = force_generic_plan
    SET jit = off
    AS $search$
    #variable_conflict use_column
    DECLARE
        own_letters text;
        own_words integer;
        own_domain text;
        own_domain_name text;
        own_spelled text;
        own_mailbox text;
        own_mailbox_letters text;
        own_mailbox_names text[];
        own_spelling_mailboxes text[];
        found_criteria text[];
        found_ids integer[];
        merged boolean;
        words text[];
        names text[];
    BEGIN
        IF searched IS NOT NULL THEN
            SELECT lead.similar_company_key, lead.email_normalized,
                   string_to_array(lead.similar_phone_keys, ' '), lead.similar_contact_key,
                   (SELECT partner.commercial_partner_id FROM res_partner partner
                     WHERE partner.id = lead.partner_id),
                   ARRAY(SELECT mark.other_lead_id FROM crm_lead_not_same_prospect mark
                          WHERE mark.lead_id = lead.id ORDER BY mark.other_lead_id),
                   lead.merged_into_id IS NOT NULL
              INTO own_company, own_email, own_phones, own_contact, own_partner, excluded, merged
              FROM crm_lead lead WHERE lead.id = searched;
            IF NOT FOUND THEN
                RETURN;
            END IF;
            IF merged THEN
                -- merged away: no candidates (its prospect is the lead it was merged into), its own row only
                own_company := NULL; own_email := NULL; own_phones := NULL; own_partner := NULL;
                own_contact := NULL;
            END IF;
            excluded := excluded || searched;
        END IF;
        own_letters := replace(crm_lead_spelling_key(own_company), ' ', '');
        own_words := cardinality(string_to_array(own_company, ' '));
        -- the address's domain (similarity.LeadKey's), unless a public mail provider's
        own_domain := NULLIF(substring(own_email FROM '[^@]*$'), '');
        IF lower(btrim(own_domain)) = ANY(providers) THEN
            -- a lead without company name but with a contact name: the company names its mailbox may
            -- spell (similarity.mailbox_spelling), if long enough
            IF own_company IS NULL AND own_contact IS NOT NULL THEN
                own_mailbox_letters := %(own_mailbox_letters)s;
                IF length(own_mailbox_letters) >= %(spelling_min_length)s THEN
                    own_mailbox_names := %(own_mailbox_names)s;
                END IF;
            END IF;
            own_domain := NULL;
        END IF;
        -- the company name the company domain spells (similarity._spells_company; for a lead without
        -- company name, similarity._spells_company_of), unless it is short or the lead's own name written
        -- together
        own_domain_name := crm_lead_domain_spelling(own_domain);
        IF length(own_domain_name) < %(spelling_min_length)s
                OR own_domain_name = replace(own_company, ' ', '') THEN
            own_domain_name := NULL;
        END IF;
        -- the address's mailbox name, for the same one at a domain one slip apart
        -- (similarity._mistyped_domain), if long enough to be a person's
        own_mailbox := %(own_mailbox)s;
        IF length(own_mailbox) < %(mailbox_min_length)s THEN
            own_mailbox := NULL;
        END IF;
        -- the lead's company name written together, for the domains spelling it
        own_spelled := replace(own_company, ' ', '');
        IF length(own_spelled) < %(spelling_min_length)s THEN
            own_spelled := NULL;
        ELSIF own_spelled IS NOT NULL THEN
            -- and the letters of the mailboxes named after it
            own_spelling_mailboxes := %(own_spelling_mailboxes)s;
        END IF;
        SELECT array_agg(found.criterion), array_agg(found.id) INTO found_criteria, found_ids
          FROM (%(found)s) AS found;
        IF searched IS NOT NULL THEN
            found_criteria := found_criteria || 'self'::text;
            found_ids := found_ids || searched;
        END IF;
        RETURN QUERY
            SELECT found.criterion, %(columns)s, lead.similar_phone_keys, NULL::integer
              FROM unnest(found_criteria, found_ids) AS found(criterion, id)
              JOIN crm_lead lead ON lead.id = found.id
          ORDER BY lead.id;
        names := ARRAY(SELECT DISTINCT lead.similar_company_key FROM crm_lead lead
                        WHERE lead.id = ANY(found_ids) AND lead.similar_company_key IS NOT NULL);
        IF own_company IS NOT NULL THEN
            names := names || own_company;
        END IF;
        words := ARRAY(SELECT DISTINCT word
                         FROM unnest(names) AS name, unnest(string_to_array(name, ' ')) AS word);
        RETURN QUERY
            SELECT 'word', NULL::integer, counted.word, NULL::varchar, NULL::varchar, NULL::varchar,
                   NULL::varchar, NULL::varchar, NULL::varchar, NULL::integer, NULL::varchar,
                   counted.lead_count
              FROM crm_lead_company_word counted WHERE counted.word = ANY(words)
            UNION ALL
            SELECT 'name', NULL::integer, common.name, NULL::varchar, NULL::varchar, NULL::varchar,
                   NULL::varchar, NULL::varchar, NULL::varchar, NULL::integer, NULL::varchar,
                   common.lead_count
              FROM crm_lead_company_name common WHERE common.name = ANY(names);
    -- crm_lead_convert: %(version)s
    END
    $search$
    """
# What the statement makes, as a digest (of the statement without it): another one means another code. Written
# in the function's body, where its definition shows it (``_similar_search_function_outdated``), and as its
# comment.
_UNVERSIONED = search_function_sql("")
SEARCH_FUNCTION_DIGEST = hashlib.sha256(repr((_UNVERSIONED.code, _UNVERSIONED.params)).encode()).hexdigest()
SEARCH_FUNCTION_SQL = search_function_sql(SEARCH_FUNCTION_DIGEST)


class CrmLead(models.Model):
    """Similar Leads: the records that are really the same prospect, with what speaks for and against."""

    # One concern a file (Similar Leads), as the project's style asks: crm.lead is inherited in several files.
    _inherit = "crm.lead"  # pylint: disable=consider-merging-classes-inherited

    similar_to_lead_id = fields.Many2one(
        "crm.lead",
        string="Similar To",
        compute="_compute_similar_to_lead_id",
        search="_search_similar_to_lead_id",
        help="For searching only: the Similar Leads of a lead, itself included, found afresh at each search.",
    )

    def init(self):
        """Make ``SEARCH_FUNCTION`` afresh, at each install and update."""
        result = super().init()
        self._similar_make_search_function()
        return result

    def _register_hook(self):
        """Make ``SEARCH_FUNCTION`` where the database lacks it as this code makes it: code deployed without
        updating the module would otherwise fail on every lead's Similar Leads, or run an earlier search.
        The tables of company names it reads are made first where missing, all in one savepoint (a search
        function without its tables would fail on every lead); the indexes of crm_lead are made by the
        update only: until then, the search may read every lead. Every worker loads the registry at its
        start: one of them does it (``REGISTER_LOCK``), the others go on with the function there; and it
        waits a few seconds only for a lock another transaction holds (``REGISTER_LOCK_TIMEOUT``): then
        nothing is made, until the next start or the update."""
        result = super()._register_hook()
        cr = self.env.cr
        try:
            with cr.savepoint():
                cr.execute(SQL("SELECT pg_try_advisory_xact_lock(hashtext(%s))", REGISTER_LOCK))
                if not cr.fetchone()[0] or not self._similar_search_function_outdated():
                    return result
                # set for this transaction (set_config's true): given back before the savepoint's release;
                # rolling back to the savepoint gives it back too
                cr.execute("SHOW lock_timeout")
                lock_timeout = cr.fetchone()[0]
                cr.execute(SQL("SELECT set_config('lock_timeout', %s, true)", REGISTER_LOCK_TIMEOUT))
                self._similar_ensure_company_tokens()
                self._similar_make_search_function()
                cr.execute(SQL("SELECT set_config('lock_timeout', %s, true)", lock_timeout))
        except psycopg2.Error as error:
            # a lock held too long by another transaction, or a database user without the right to
            _logger.warning("Similar Leads' search function not made for this code: %s", error)
            return result
        _logger.warning(
            "Similar Leads' search function made again for this code: update the module crm_lead_convert, "
            "whose indexes may be out of date (until then, Similar Leads may be slow)"
        )
        return result

    @api.model
    def _similar_search_function_outdated(self):
        """Tell whether the database lacks ``SEARCH_FUNCTION`` as this code makes it: its body holds
        ``SEARCH_FUNCTION_DIGEST``. Read from the function's definition, as the database has it now: another
        worker's new function, committed since this transaction began, is seen (its comment, read in this
        transaction's snapshot, would not be)."""
        self.env.cr.execute(
            SQL(
                "SELECT strpos(pg_get_functiondef(to_regprocedure(%s)), %s) > 0",
                SEARCH_FUNCTION_SIGNATURE,
                SEARCH_FUNCTION_DIGEST,
            )
        )
        return not self.env.cr.fetchone()[0]

    @api.model
    def _similar_make_search_function(self):
        """Make ``SEARCH_FUNCTION``, every earlier version of it dropped first (its arguments or its result
        may be others from one version to the next, which CREATE OR REPLACE refuses), with
        ``SEARCH_FUNCTION_DIGEST`` in its body and as its comment (see ``_similar_search_function_outdated``).
        pg_trgm is loaded first: its threshold, a setting of the function, is then one PostgreSQL knows,
        which any user may set (unknown, only a superuser may)."""
        self._similar_drop_search_function()
        self.env.cr.execute(
            SQL(
                "SELECT similarity('', ''); %s; COMMENT ON FUNCTION %s IS %s",
                SEARCH_FUNCTION_SQL,
                SQL(SEARCH_FUNCTION_SIGNATURE),
                SEARCH_FUNCTION_DIGEST,
            )
        )

    @api.model
    def _similar_drop_search_function(self):
        """Drop ``SEARCH_FUNCTION``, of whatever arguments (on uninstall: Odoo does not know of it)."""
        cr = self.env.cr
        cr.execute(SQL("SELECT oid::regprocedure::text FROM pg_proc WHERE proname = %s", SEARCH_FUNCTION))
        for (function,) in cr.fetchall():
            cr.execute(SQL("DROP FUNCTION %s", SQL(function)))

    # ------------------------------------------------------------
    # COMPUTE
    # ------------------------------------------------------------

    @api.depends(*SIMILARITY_INPUT_FIELDS)
    @api.depends_context("similar_leads_direct")
    def _compute_potential_lead_duplicates(self):
        """Find the records that are really the same prospect (see ``core.similarity``), and those surely the
        same as one of them (``_similar_through``), but with ``similar_leads_direct`` in the context (the
        pop-up's merge list: a merge takes what the lead matches by itself).

        Records marked as other prospects (``crm.lead.not.same.prospect``) are left out, for everyone.
        As in stock Odoo, counting transcends access rights and includes archived records: the counter tells
        that the prospect exists; the list opened from it shows only what the user may read. A record merged
        away has none (``SEARCH_FUNCTION`` finds it no candidates): it is the record it was merged into that
        others are compared with.
        """
        sensitivity = self._similar_leads_sensitivity()
        for lead in self:
            search = lead._similar_lead_search()
            ranked = self._similar_rank(*search, sensitivity)
            found = [(candidate.id, found_match) for candidate, found_match in ranked]
            if not self.env.context.get("similar_leads_direct"):
                found += lead._similar_through(search[0], ranked, search[3], sensitivity)
            found.sort(key=lambda pair: (-pair[1].score, -pair[1].weight, pair[0]))
            similar = self.browse([lead_id for lead_id, _match in found[:MAX_SIMILAR_LEADS]])
            lead.duplicate_lead_ids = similar + lead
            lead.duplicate_lead_count = len(similar)

    @api.model
    def _similar_rank(self, key, candidate_ids, candidate_keys, frequencies, threshold):
        """Return ``similarity.rank`` of ``key`` against its candidates, as ``_similar_lead_search`` gives
        them, at ``threshold``: a company email domain shared by more leads than
        ``EMAIL_DOMAIN_RELEVANCE_LIMIT`` says nothing (a large company's or an unknown provider's)."""
        if key.email_domain and len(candidate_ids.get("email_domain", ())) > EMAIL_DOMAIN_RELEVANCE_LIMIT:
            key = dataclasses.replace(key, email_domain="")
        providers, learned = self._similar_providers()
        return similarity.rank(
            key,
            candidate_keys,
            threshold,
            frequencies=frequencies,
            providers=providers,
            learned_providers=learned,
        )

    def _similar_through(self, key, ranked, frequencies, sensitivity):
        """Return ``[(lead id, similarity.Match)]`` of the records this lead (``key``) does not match by
        itself (not in ``ranked``, its ``similarity.rank``, with the ``frequencies`` of its search) but
        surely through one it surely matches (``similarity.through``); not the records marked as other
        prospects than this lead or than the one in between. A sure match's own are searched by the phone
        numbers, address and customer it has and the lead has not (``similarity.keys_to_follow``), an index
        lookup each: searching by its names too made Similar Leads several times slower and found few more
        (on the core, 4 more pairs of one prospect among 400 leads' Similar Leads of 20,000, of 80 found
        through another record)."""
        self.ensure_one()
        sure = [(candidate, found) for candidate, found in ranked if found.score >= similarity.SURE_SCORE]
        if not sure:
            return []
        own_id = self._origin.id
        excluded = [own_id or 0, *(candidate.id for candidate, _match in ranked)]
        chained = []
        for candidate, first in sure:
            follow = similarity.keys_to_follow(key, candidate)
            if not any(follow):
                continue
            _key, candidate_ids, keys, found_frequencies = self._similar_search(
                key=candidate, excluded_ids=excluded, only=follow
            )
            search = (candidate, candidate_ids, keys, frequencies.merged(found_frequencies))
            for other, second in self._similar_rank(*search, max(sensitivity, similarity.SURE_SCORE)):
                if found := similarity.through(first, second, sensitivity):
                    chained.append((other.id, candidate.id, found))
        if not chained:
            return []
        marked_ids = [candidate.id for candidate, _match in sure] + ([own_id] if own_id else [])
        marked = self.env["crm.lead.not.same.prospect"]._marked_other_ids(marked_ids)
        best = {}
        for other_id, via_id, found in chained:
            if other_id in marked.get(own_id, ()) or other_id in marked.get(via_id, ()):
                continue
            if other_id not in best or found.score > best[other_id].score:
                best[other_id] = found
        return list(best.items())

    def _compute_similar_to_lead_id(self):
        # a search criterion, not a value of the record
        self.similar_to_lead_id = False

    def _search_similar_to_lead_id(self, operator, value):
        if operator not in ("=", "in"):
            raise NotImplementedError(f"Unsupported operator for similar_to_lead_id: {operator}")
        return [("id", "in", self.browse(value).duplicate_lead_ids.ids)]

    # ------------------------------------------------------------
    # ACTIONS
    # ------------------------------------------------------------

    def action_show_potential_duplicates(self):
        """Open the Similar Leads with the score and the reasons of each."""
        action = super().action_show_potential_duplicates()
        # the counter counts records the user may not read (as stock's): the title says why the list has
        # fewer
        similar = self.duplicate_lead_ids - self
        hidden = len(similar) - len(similar._filtered_access("read"))
        action["name"] = action["display_name"] = (
            self.env._("Similar Leads (%(count)s hidden by your access rights)", count=hidden)
            if hidden
            else self.env._("Similar Leads")
        )
        # searched afresh each time the list loads: a record marked as another prospect leaves it at once
        action["domain"] = [("similar_to_lead_id", "=", self.id)]
        action["context"] = dict(action.get("context") or {}, similar_lead_id=self.id)
        list_view = self.env.ref("crm_lead_convert.crm_lead_view_list_similar")
        # a list only: the score and the reasons are its columns, which a kanban card would not show
        action["views"] = [(list_view.id, "list"), (False, "form")]
        action["view_mode"] = "list,form"
        return action

    # ------------------------------------------------------------
    # BUSINESS HELPERS
    # ------------------------------------------------------------

    def _similar_lead_key(self):
        """Return the ``similarity.LeadKey`` of this lead (a record being edited included)."""
        self.ensure_one()
        if isinstance(self.id, int):
            saved = self._similar_saved_keys([self.id])
            if self.id in saved:
                return saved[self.id]
        return self._similar_key_of(
            self._origin.id or 0,
            self.partner_name,
            self.contact_name,
            self.phone,
            self.mobile,
            self.email_from,
            self.email_normalized,
            self._similar_country_code(),
            self.partner_id.commercial_partner_id.id,
        )

    @api.model
    def _similar_key_of(self, lead_id, *values, phone_keys=None):
        """Return the ``similarity.LeadKey`` of a lead from the values of ``SIMILARITY_KEY_COLUMNS``.

        The email address is stock's ``email_normalized``, the key by which candidates are fetched;
        ``phone_keys``, when given, the stored keys taken for the lead's numbers (``LeadKey.from_values``).
        """
        (
            partner_name,
            contact_name,
            phone,
            mobile,
            email_from,
            email_normalized,
            country_code,
            commercial_partner_id,
        ) = values
        return similarity.LeadKey.from_values(
            lead_id,
            partner_name,
            contact_name,
            phone,
            mobile,
            email_from,
            country_code,
            commercial_partner_id,
            email_normalized=email_normalized or "",
            phone_keys=phone_keys,
        )

    @api.model
    def _similar_saved_keys(self, lead_ids):
        """Return ``{lead id: similarity.LeadKey}`` of saved leads, read in one query with their country and
        commercial partner: Similar Leads reads many candidates, and the ORM would read each related model
        on its own."""
        if not lead_ids:
            return {}
        self._similar_flush_key_values()
        self.env.cr.execute(
            SQL(
                "SELECT %s FROM crm_lead lead WHERE lead.id = ANY(%s) ORDER BY lead.id",
                SIMILARITY_KEY_COLUMNS,
                list(lead_ids),
            )
        )
        return {row[0]: self._similar_key_of(*row) for row in self.env.cr.fetchall()}

    @api.model
    def _similar_flush_key_values(self):
        """Write pending changes of the values keys are built from, to read them in SQL."""
        self.flush_model(SIMILARITY_INPUT_FIELDS)
        self.env["res.partner"].flush_model(["commercial_partner_id", "country_id"])
        self.env["res.company"].flush_model(["partner_id"])

    @api.model
    def _similar_word_frequencies(self, keys):
        """Return the ``similarity.WordFrequencies`` of the company words and names of these ``LeadKey``."""
        keys = list(keys)
        words = {word for key in keys for word in key.company_words}
        names = {key.company for key in keys if key.company}
        return self.env["crm.lead.company.word"].sudo()._frequencies(words, names)

    @api.model
    def _similar_providers(self):
        """Return ``(public mail providers, learned ones)`` to compare leads with: ``MAIL_PROVIDERS`` and the
        company email domains that the leads at them showed to be providers' at the last count
        (``PROVIDERS_PARAM``, ``similarity.provider_like``)."""
        return providers_of(self.env["ir.config_parameter"].sudo().get_param(PROVIDERS_PARAM) or "")

    def _similar_lead_keys(self):
        """Return the ``similarity.LeadKey`` of each lead, in order, reading the saved ones in one query."""
        saved = self._similar_saved_keys([lead_id for lead_id in self.ids if isinstance(lead_id, int)])
        return [saved.get(lead.id) or lead._similar_lead_key() for lead in self]

    @api.model
    def _similar_lead_candidates(self, key, excluded_ids):
        """Return ``({criterion: [lead ids]}, [similarity.LeadKey])``: the leads sharing a criterion with
        ``key`` (see ``found_query``), but those of ``excluded_ids``, and their keys, in id order, for
        comparing with ``key`` only (see ``_similar_search``)."""
        _key, candidate_ids, keys, _frequencies = self._similar_search(key=key, excluded_ids=excluded_ids)
        return candidate_ids, keys

    def _similar_lead_search(self):
        """Return ``(key, {criterion: [lead ids]}, [candidate keys], frequencies)`` of this lead: its
        ``similarity.LeadKey``, its candidates (``_similar_lead_candidates``) but the records marked as other
        prospects (``crm.lead.not.same.prospect``), and the ``similarity.WordFrequencies`` of their company
        words and names. A saved lead's are read in one call of ``SEARCH_FUNCTION``, from its stored keys.
        The candidates' keys are for comparing with this lead's only (see ``_similar_search``)."""
        self.ensure_one()
        if not isinstance(self.id, int):
            key = self._similar_lead_key()
            if self.merged_into_id:
                # merged away: no candidates, as SEARCH_FUNCTION finds a saved one none
                return key, {}, [], similarity.NO_FREQUENCIES
            marked = self.env["crm.lead.not.same.prospect"]._marked_other_ids(self._origin.ids)
            excluded_ids = [self._origin.id or 0, *marked.get(self._origin.id, ())]
            _key, candidate_ids, keys, frequencies = self._similar_search(key=key, excluded_ids=excluded_ids)
            return key, candidate_ids, keys, frequencies
        key, candidate_ids, keys, frequencies = self._similar_search(searched=self)
        if key is None:
            # deleted meanwhile: the ORM says so as it says it of any record
            key = self._similar_lead_key()
        return key, candidate_ids, keys, frequencies

    @api.model
    def _similar_search(self, key=None, excluded_ids=(), searched=None, only=None):
        """Run ``SEARCH_FUNCTION`` for the saved lead ``searched``, from its stored keys, or for ``key`` but
        the leads of ``excluded_ids`` (``only``, ``(email, phone keys, customer id)``: by these only, not
        by the key's names); return ``(key of searched or None, {criterion: [lead ids]}, [candidate
        keys], frequencies)``, the records marked as other prospects than searched left out. The keys of the
        candidates are for comparing with the searched lead's only: those that share no phone key with it
        hold their stored keys for numbers (``LeadKey.from_values``)."""
        self.flush_model(
            [
                "similar_company_key",
                "similar_phone_keys",
                "similar_contact_key",
                "email_domain_criterion",
                "merged_into_id",
            ]
        )
        self._similar_flush_key_values()
        self.env["crm.lead.not.same.prospect"].flush_model()
        if searched is not None:
            arguments = [searched.id, None, None, None, None, None, []]
        elif only is not None:
            email, phone_keys, partner_id = only
            arguments = [None, None, email or None, list(phone_keys) or None, partner_id or None, None]
            arguments.append(list(excluded_ids))
        else:
            phone_keys = list(key.phone_keys())
            arguments = [
                None,
                key.company or None,
                key.email or None,
                phone_keys or None,
                key.partner_id,
                key.contact or None,
                list(excluded_ids),
            ]
        self.env.cr.execute(
            SQL(
                "SELECT * FROM %s(%s, %s, %s, %s::text[], %s, %s, %s::integer[], %s::text[])",
                SQL.identifier(SEARCH_FUNCTION),
                *arguments,
                # the learned providers too, as the core compares the candidates
                sorted(self._similar_providers()[0]),
            )
        )
        searched_key = None
        candidate_ids, candidates, counts, common = {}, {}, {}, {}
        for criterion, lead_id, *values, phone_keys, lead_count in self.env.cr.fetchall():
            if criterion == "word":
                counts[values[0]] = lead_count
            elif criterion == "name":
                common[values[0]] = lead_count
            elif criterion == "self":
                searched_key = self._similar_key_of(lead_id, *values)
            else:
                candidate_ids.setdefault(criterion, []).append(lead_id)
                candidates[lead_id] = (values, (phone_keys or "").split())
        # A candidate's numbers are read only where it may hold one of the lead's, or one a digit from it:
        # the others compare as their stored keys do (lead_key.may_hold_phone), and reading numbers is most
        # of making keys.
        compared = searched_key or key
        keys = [
            self._similar_key_of(
                lead_id, *values, phone_keys=None if lead_key.may_hold_phone(compared, stored) else stored
            )
            for lead_id, (values, stored) in candidates.items()
        ]
        frequencies = self.env["crm.lead.company.word"].sudo()._frequencies_of(counts, common)
        return searched_key, candidate_ids, keys, frequencies

    @api.model
    def _similar_fetch_with_settings(self, query, settings):
        """Return the rows of ``query`` run with PostgreSQL's ``settings``, ``{name: value}`` (the threshold
        of pg_trgm's % operator...), for that query only: they are set in a savepoint, and rolling back to
        it gives them back as they were, the query having changed nothing else."""
        self.env.cr.execute(
            SQL(
                "SAVEPOINT crm_lead_similar_settings; SELECT %s; %s",
                SQL(", ").join(
                    SQL("set_config(%s, %s, true)", name, value) for name, value in settings.items()
                ),
                query,
            )
        )
        rows = self.env.cr.fetchall()
        self.env.cr.execute(
            SQL(
                "ROLLBACK TO SAVEPOINT crm_lead_similar_settings; RELEASE SAVEPOINT crm_lead_similar_settings"
            )
        )
        return rows

    @api.model
    def _similar_leads_sensitivity(self):
        """Return the Similar Leads sensitivity (CRM settings): the least match score, 0-100."""
        value = self.env["ir.config_parameter"].sudo().get_param(SENSITIVITY_PARAM, DEFAULT_SENSITIVITY)
        try:
            return min(100, max(0, int(value)))
        except (TypeError, ValueError):
            return DEFAULT_SENSITIVITY
