import collections
from unittest.mock import patch

from odoo.exceptions import MissingError
from odoo.tests import TransactionCase, new_test_user, tagged
from odoo.tools import SQL, mute_logger
from odoo.tools import sql as sql_tools

from odoo.addons.crm_lead_convert.core import normalize, phones
from odoo.addons.crm_lead_convert.core.similarity import COMMON_NAME_LEADS
from odoo.addons.crm_lead_convert.models import crm_lead_duplicates, crm_lead_similar_keys
from odoo.addons.crm_lead_convert.models.crm_lead_company_word import TOTAL_PARAM
from odoo.addons.crm_lead_convert.models.crm_lead_duplicate_scan import SCAN_LAST_PARAM
from odoo.addons.crm_lead_convert.models.crm_lead_duplicates import (
    BLOCK_CANDIDATES,
    CANDIDATE_BLOCK_LEADS,
    CANDIDATES_PER_CRITERION,
    COMPANY_TRIGRAM_THRESHOLD,
    CONTACT_KEY_LEADS,
    PROVIDERS_PARAM,
    REGISTER_LOCK,
    REGISTER_LOCK_TIMEOUT,
    SEARCH_FUNCTION_DIGEST,
    SEARCH_FUNCTION_SIGNATURE,
    found_query,
)
from odoo.addons.crm_lead_convert.models.crm_lead_similar_keys import (
    COMPANY_JOINED_INDEX,
    COMPANY_KEY_BTREE_INDEX,
    COMPANY_KEY_INDEX,
    COMPANY_KEY_STATISTICS,
    CONTACT_KEY_INDEX,
    DOMAIN_SPELLING_INDEX,
    MAILBOX_INDEX,
    MAILBOX_LETTERS_INDEX,
    PHONE_KEYS_INDEX,
    PHONE_KEYS_PARSER_PARAM,
)
from odoo.addons.crm_lead_convert.tests.common import run_migration


def make_outdated(cr):
    """Make the database's search function one of an earlier version: the same, another digest in its body."""
    cr.execute(SQL("SELECT pg_get_functiondef(to_regprocedure(%s))", SEARCH_FUNCTION_SIGNATURE))
    cr.execute(cr.fetchone()[0].replace(SEARCH_FUNCTION_DIGEST, "an earlier version"))


@tagged("post_install", "-at_install")
class TestSimilarLeadsKeys(TransactionCase):
    """The stored keys of Similar Leads: the same whoever saves the lead, and whether the ORM or the
    install-time fill computes them; every number of a phone field; the company's country followed."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.hungary = cls.env.ref("base.hu")
        cls.netherlands = cls.env.ref("base.nl")
        # Hungary's trunk prefix is "06": a number typed nationally reads differently with and without it
        cls.company_hu = cls.env["res.company"].create({"name": "Budapest Kft", "country_id": cls.hungary.id})
        cls.user_hu = new_test_user(
            cls.env,
            login="crm_keys_budapest",
            groups="sales_team.group_sale_manager",
            company_id=cls.company_hu.id,
            company_ids=[(6, 0, (cls.company_hu | cls.env.company).ids)],
        )

    def test_key_does_not_depend_on_who_saves(self):
        """A lead without country and company reads its number in no country, whoever creates it."""
        values = {"name": "Irodaszékek", "phone": "06 1 234 5678", "company_id": False}
        by_admin = self.env["crm.lead"].create(values)
        by_budapest = self.env["crm.lead"].with_user(self.user_hu).create(values)
        self.assertFalse(by_budapest.company_id)
        self.assertEqual(by_budapest.sudo().similar_phone_keys, by_admin.similar_phone_keys)

    def test_keys_not_offered_to_salespeople(self):
        """The stored keys are internal: a salesperson's custom filters and groupings (the fields Odoo offers
        them) do not list them, yet the keys of the leads the salesperson saves are stored."""
        salesperson = new_test_user(
            self.env, login="crm_keys_salesperson", groups="sales_team.group_sale_salesman"
        )
        offered = self.env["crm.lead"].with_user(salesperson).fields_get(attributes=["string"])
        self.assertIn("partner_name", offered)
        self.assertNotIn("similar_company_key", offered)
        self.assertNotIn("similar_phone_keys", offered)
        lead = (
            self.env["crm.lead"]
            .with_user(salesperson)
            .create({"name": "Kursi", "partner_name": "PT Maju Jaya", "phone": "+62 812 1111 2222"})
        )
        lead.with_user(salesperson).write({"partner_name": "CV Sinar Abadi"})
        self.assertEqual(lead.sudo().similar_company_key, "sinar abadi")
        self.assertEqual(lead.sudo().similar_phone_keys, "211112222")

    def test_orm_and_install_fill_agree(self):
        """The keys the ORM stores are those the install-time SQL fill computes, lead by lead, batch after
        batch (each computed while the one before is written), into new columns and into columns already
        there alike; by an UPDATE where other connections to the database are open (a rewrite of the table
        would hide the leads from their transactions: the install test below has the database to itself)."""
        leads = (
            self.env["crm.lead"]
            .with_user(self.user_hu)
            .create(
                [
                    {"name": "No country", "phone": "06 1 234 5678", "company_id": False},
                    {
                        "name": "Company in Hungary",
                        "phone": "06 1 234 5678",
                        "company_id": self.company_hu.id,
                    },
                    {"name": "Dutch", "mobile": "06-12345678", "country_id": self.netherlands.id},
                    {
                        "name": "Two numbers",
                        "partner_name": "PT. Maju Jaya Abadi Tbk",
                        "phone": "0812 1111 2222 / 0813 3333 4444",
                        "mobile": "+62 813-3333-4444",
                        "country_id": self.env.ref("base.id").id,
                    },
                    {"name": "Own name", "partner_name": "Budi Saputra", "contact_name": "Saputra, Budi"},
                    {"name": "Owner's CV", "partner_name": "CV Budi Saputra", "contact_name": "Budi Saputra"},
                    {"name": "Only a person", "contact_name": "Dhr. Jan de Vries"},
                ]
            )
            .sudo()  # the keys are technical features, read here by the test
        )
        computed = [
            (lead.similar_company_key, lead.similar_phone_keys, lead.similar_contact_key) for lead in leads
        ]
        self.env.flush_all()
        cr = self.env.cr
        columns = "similar_company_key, similar_phone_keys, similar_contact_key"
        every_key = f"SELECT id, {columns} FROM crm_lead ORDER BY id"
        cr.execute(every_key)
        stored = cr.fetchall()
        # the phone and contact keys' columns made afresh, as an install makes them; the company key's
        # emptied (a trigger keeps the table of company-name blocks by it)
        new_columns = ("similar_phone_keys", "similar_contact_key")
        cr.execute(
            "ALTER TABLE crm_lead DROP COLUMN similar_phone_keys, DROP COLUMN similar_contact_key;"
            " UPDATE crm_lead SET similar_company_key = NULL"
        )
        for column in new_columns:
            sql_tools.create_column(cr, "crm_lead", column, "varchar")
        self.env.invalidate_all()
        cr.execute("SELECT pg_relation_filenode('crm_lead')")
        filenode = cr.fetchone()[0]
        Lead = self.env["crm.lead"]
        with (
            patch.object(crm_lead_similar_keys, "FILL_BATCH_SIZE", 2),
            patch.object(type(Lead), "_similar_database_to_itself", return_value=False),
        ):
            Lead._fill_similar_keys(new_columns=new_columns)
        self.env.invalidate_all()
        cr.execute("SELECT pg_relation_filenode('crm_lead')")
        self.assertEqual(cr.fetchone()[0], filenode, "not rewritten")
        cr.execute("SELECT to_regclass('pg_temp.crm_lead_similar_fill')")
        self.assertIsNone(cr.fetchone()[0], "the fill's table of keys is gone with it")
        self.assertEqual(
            [(lead.similar_company_key, lead.similar_phone_keys, lead.similar_contact_key) for lead in leads],
            computed,
        )
        # every lead's, in every batch
        cr.execute(every_key)
        self.assertEqual(cr.fetchall(), stored)
        self.assertEqual(
            computed,
            [
                (False, "612345678", False),
                (False, "12345678", False),
                (False, "612345678", False),
                ("maju jaya abadi", "211112222 333334444", False),
                (False, False, "budi saputra"),
                ("budi saputra", False, "budi saputra"),
                (False, False, "jan vries"),
            ],
        )

    def test_every_number_of_a_field_is_found(self):
        two_numbers = self.env["crm.lead"].create(
            {
                "name": "Meja rapat",
                "phone": "0812 1111 2222 / 0813 3333 4444",
                "country_id": self.env.ref("base.id").id,
            }
        )
        second_number = self.env["crm.lead"].create({"name": "Kursi", "mobile": "+62 813-3333-4444"})
        self.assertIn(two_numbers, second_number.duplicate_lead_ids)
        self.assertIn(second_number, two_numbers.duplicate_lead_ids)

    def test_numbers_ending_alike_are_read_whole(self):
        """Two numbers with the same last digits, the key they are fetched by, are two numbers: a candidate
        sharing a key has its numbers read whole, the others compare by their keys alone."""
        indonesia = self.env.ref("base.id").id
        lead, same_number, other_prefix, other_number = self.env["crm.lead"].create(
            [
                {"name": "Kursi", "contact_name": "Budi Santoso", "phone": "0812 1111 2222",
                 "country_id": indonesia, "email_from": "budi.santoso@gmail.com"},
                {"name": "Meja", "contact_name": "Budi Santoso", "mobile": "+62 812-1111-2222"},
                {"name": "Rak", "contact_name": "Budi Hartono", "phone": "0852 1111 2222",
                 "country_id": indonesia},
                {"name": "Lemari", "contact_name": "Budi Santoso", "phone": "0813 3333 4444",
                 "country_id": indonesia, "email_from": "budi.santoso@gmail.com"},
            ]
        )  # fmt: skip
        key, candidate_ids, keys, _frequencies = lead._similar_lead_search()
        self.assertEqual(key.phones, ("81211112222",))
        # (the same person's lead without company name is fetched by the name too, for a number mistyped)
        self.assertEqual(
            candidate_ids,
            {
                "email": other_number.ids,
                "phone": (same_number | other_prefix).ids,
                "person": other_number.ids,
            },
        )
        self.assertEqual({key.id: key.phones for key in keys}, {
            same_number.id: ("81211112222",), other_prefix.id: ("85211112222",),
            other_number.id: ("333334444",),
        })  # fmt: skip
        # the same name alone does not match (there are many Budi Santosos); the same number or address does;
        # a number a digit from another person's is another number (the same person's would be mistyped)
        self.assertEqual(lead.duplicate_lead_ids, lead | same_number | other_number)
        self.assertEqual(other_prefix.duplicate_lead_ids, other_prefix)

    def test_key_follows_the_company_country(self):
        lead = self.env["crm.lead"].create(
            {"name": "Irodaszékek", "phone": "06 1 234 5678", "company_id": self.company_hu.id}
        )
        self.assertEqual(lead.similar_phone_keys, "12345678")
        self.company_hu.country_id = self.netherlands
        self.assertEqual(lead.similar_phone_keys, "612345678")

    def test_a_lead_of_any_length_is_saved_and_found(self):
        """A company name or an email address longer than an index takes (a pasted text) is saved: the key
        is cut, the address looked up by its hash; the lead is found by its address."""
        long_email = "x" * 3000 + "@majujaya.co.id"
        long_name = " ".join(f"kata{number}" for number in range(400))
        lead, same_address = self.env["crm.lead"].create(
            [
                {"name": "Pasted", "partner_name": long_name, "email_from": long_email},
                {"name": "Kursi", "partner_name": "X" * 3000, "email_from": long_email},
            ]
        )
        self.env.flush_all()
        self.assertLessEqual(len(lead.similar_company_key), normalize.MAX_COMPANY_KEY_LENGTH)
        self.assertEqual(same_address.similar_company_key, "x" * normalize.MAX_COMPANY_WORD_LENGTH)
        self.assertIn(same_address, lead.duplicate_lead_ids)

    def test_install_fills_keys_and_blocks_of_existing_leads(self):
        """Installing on a database with leads, from the command line (no other connection to the database):
        the key columns are new, written by one rewrite of the table, and the table of company-name blocks
        is made afresh as the keys are computed, batch after batch; both as the ORM and the trigger keep
        them, the trigger, the table's keys and the indexes made again."""
        self._install_on_existing_leads(database_to_itself=True)

    def test_install_with_a_server_running_updates_the_keys(self):
        """Installing on a database with leads while other connections are open (a server running): the keys
        written by an UPDATE, which keeps the former rows for those connections' transactions, the blocks
        cut afterwards; the same keys and blocks."""
        self._install_on_existing_leads(database_to_itself=False)

    def test_install_with_a_server_started_meanwhile_updates_the_keys(self):
        """Installing from the command line while a server starts (a connection opens as the keys are
        computed): asked again before the rewrite, the install writes the keys gathered by an UPDATE, the
        table not rewritten; the same keys and blocks."""
        self._install_on_existing_leads(database_to_itself=True, connected_meanwhile=True)

    def _install_on_existing_leads(self, database_to_itself, connected_meanwhile=False):
        Lead = self.env["crm.lead"]
        bakery, shop, person = Lead.create(
            [
                {"name": "Roti", "partner_name": "Bakkerij Jansen B.V.", "contact_name": "Dhr. Jan de Vries",
                 "phone": "+31 6 1234 5678"},
                {"name": "Kursi", "partner_name": "PT Toko Sinar", "country_id": self.env.ref("base.id").id,
                 "mobile": "0812 1111 2222 / 0813 3333 4444"},
                {"name": "Meja", "contact_name": "Bpk. Budi Santoso"},
            ]
        )  # fmt: skip
        self.env.flush_all()
        cr = self.env.cr
        every_key = (
            "SELECT id, similar_company_key, similar_phone_keys, similar_contact_key FROM crm_lead"
            " ORDER BY id"
        )
        every_block = "SELECT lead_id, token FROM crm_lead_company_token ORDER BY lead_id, token"
        cr.execute(every_key)
        keys = cr.fetchall()
        cr.execute(every_block)
        blocks = cr.fetchall()
        self.assertIn((shop.id, "toko|sinar"), blocks)
        # as before the install (the trigger and the key indexes go with the columns)
        cr.execute(
            """ALTER TABLE crm_lead DROP COLUMN similar_company_key CASCADE, DROP COLUMN similar_phone_keys,
                                    DROP COLUMN similar_contact_key;
               DROP TABLE crm_lead_company_token"""
        )
        Lead.invalidate_model()
        cr.execute("SELECT pg_relation_filenode('crm_lead')")
        filenode = cr.fetchone()[0]
        ensure_tokens = type(Lead)._similar_ensure_company_tokens
        made = []

        def made_by_the_fill(leads, refill=False, blocks_made=False):
            made.append(blocks_made)
            return ensure_tokens(leads, refill=refill, blocks_made=blocks_made)

        with (
            patch.object(crm_lead_similar_keys, "FILL_BATCH_SIZE", 2),
            patch.object(self.registry, "_post_init_queue", collections.deque(), create=True),
            patch.object(
                type(Lead),
                "_similar_database_to_itself",
                side_effect=[database_to_itself, not connected_meanwhile],
            ) as to_itself,
            patch.object(type(Lead), "_similar_ensure_company_tokens", made_by_the_fill),
        ):
            Lead._auto_init()
        # asked once, and again before the rewrite
        self.assertEqual(to_itself.call_count, 1 + database_to_itself)
        cr.execute("SELECT pg_relation_filenode('crm_lead')")
        rewritten = database_to_itself and not connected_meanwhile
        self.assertEqual(cr.fetchone()[0] != filenode, rewritten, "rewritten alone only")
        # the blocks cut by the fill (and not again afterwards) where it meant to rewrite the table
        self.assertEqual(made, [database_to_itself])
        cr.execute(every_key)
        self.assertEqual(cr.fetchall(), keys)
        self.assertEqual(
            [row[1:] for row in keys if row[0] in (bakery | shop | person).ids],
            [
                ("bakkerij jansen", "612345678", "jan vries"),
                ("toko sinar", "211112222 333334444", None),
                (None, None, "budi santoso"),
            ],
        )
        cr.execute(every_block)
        self.assertEqual(cr.fetchall(), blocks)
        cr.execute(
            """SELECT indexname FROM pg_indexes
                WHERE tablename = 'crm_lead_company_token' OR indexname = ANY(%s) ORDER BY 1""",
            [[COMPANY_KEY_INDEX, CONTACT_KEY_INDEX, PHONE_KEYS_INDEX]],
        )
        self.assertEqual(
            [row[0] for row in cr.fetchall()],
            sorted(
                [
                    "crm_lead_company_token_lead_index",
                    "crm_lead_company_token_pkey",
                    COMPANY_KEY_INDEX,
                    CONTACT_KEY_INDEX,
                    PHONE_KEYS_INDEX,
                ]
            ),
        )
        # kept by the trigger again; a deleted lead's blocks go with it
        shop.partner_name = "PT Toko Bulan"
        bakery.unlink()
        self.env.flush_all()
        cr.execute(every_block)
        kept = cr.fetchall()
        self.assertIn((shop.id, "toko|bulan"), kept)
        self.assertNotIn((shop.id, "toko|sinar"), kept)
        self.assertFalse([row for row in kept if row[0] == bakery.id])
        self.assertEqual(Lead.search([("partner_name", "=", "PT Toko Bulan")]), shop)

    def test_update_to_1_19_fills_the_contact_keys(self):
        """Updating from a version without contact keys (before 18.0.1.19.0) fills them in SQL for every
        existing lead, before the ORM computes anything, and makes their index; the other keys are left as
        they are, but for stale phone keys, computed again as at every update (the next duplicate scan then
        a full one). The same person's lead under a name mistyped twice is then found."""
        Lead = self.env["crm.lead"]
        params = self.env["ir.config_parameter"].sudo()
        lead, mistyped, person = Lead.create(
            [
                {"name": "Kursi", "partner_name": "CV Artha Sakti", "contact_name": "Agus Lestari"},
                {"name": "Meja", "partner_name": "Artja Szkti", "contact_name": "Lestari, Agus"},
                {"name": "Lemari", "contact_name": "Bpk. Budi Santoso", "phone": "0812 1111 2222"},
            ]
        )
        self.env.flush_all()
        cr = self.env.cr
        cr.execute("ALTER TABLE crm_lead DROP COLUMN similar_contact_key")
        # a phone key as another reading of numbers left it
        cr.execute("UPDATE crm_lead SET similar_phone_keys = '6281211112222' WHERE id = %s", [person.id])
        params.set_param(PHONE_KEYS_PARSER_PARAM, "phonenumbers 8.0.0, phones.py 0123456789abcdef")
        params.set_param(SCAN_LAST_PARAM, "2026-11-30 10:00:00")
        Lead.invalidate_model()
        # as the update does (the queue of what to do after it, kept here, is the update's own)
        with patch.object(self.registry, "_post_init_queue", collections.deque(), create=True):
            Lead._auto_init()
        # in the database already, not left to the ORM's computing
        cr.execute(
            "SELECT similar_contact_key, similar_phone_keys FROM crm_lead WHERE id = ANY(%s) ORDER BY id",
            [(lead | mistyped | person).ids],
        )
        self.assertEqual(
            cr.fetchall(),
            [("agus lestari", None), ("agus lestari", None), ("budi santoso", "211112222")],
        )
        self.assertEqual(params.get_param(PHONE_KEYS_PARSER_PARAM), phones.parser_fingerprint())
        self.assertFalse(params.get_param(SCAN_LAST_PARAM))
        cr.execute("SELECT 1 FROM pg_indexes WHERE indexname = %s", [CONTACT_KEY_INDEX])
        self.assertTrue(cr.fetchone())
        Lead.invalidate_model()
        self.assertEqual(lead.duplicate_lead_ids, lead | mistyped)
        # an upgrade that reads names otherwise computes them again, as the company keys
        cr.execute("UPDATE crm_lead SET similar_contact_key = 'lestari' WHERE id = %s", [mistyped.id])
        Lead._similar_names_read_otherwise()
        cr.execute("SELECT similar_contact_key FROM crm_lead WHERE id = %s", [mistyped.id])
        self.assertEqual(cr.fetchone()[0], "agus lestari")

    def test_stale_phone_keys_computed_again_by_the_update(self):
        """Phone keys stored by another reading of numbers (phonenumbers upgraded, or the addon's code) are
        computed again when the module is updated, and the duplicate scan then scores every lead again; the
        registry's load says so in the log until then. Keys of this code's reading are left alone."""
        Lead = self.env["crm.lead"]
        params = self.env["ir.config_parameter"].sudo()
        self.assertEqual(params.get_param(PHONE_KEYS_PARSER_PARAM), phones.parser_fingerprint())
        indonesia = self.env.ref("base.id").id
        lead, same_number = Lead.create(
            [
                {"name": "Kursi", "phone": "0812 1111 2222 / 0813 3333 4444", "country_id": indonesia},
                {"name": "Meja", "mobile": "+62 813-3333-4444"},
            ]
        )
        self.env.flush_all()
        # keys as an earlier reading left them: the second number missing, a number read otherwise
        self.env.cr.execute(
            "UPDATE crm_lead SET similar_phone_keys = %s WHERE id = %s", ["211112222", lead.id]
        )
        self.env.cr.execute(
            "UPDATE crm_lead SET similar_phone_keys = %s WHERE id = %s", ["6281333334444", same_number.id]
        )
        Lead.invalidate_model()
        self.assertEqual(lead.duplicate_lead_ids, lead)
        # this code's fingerprint: nothing computed again
        self.assertEqual(Lead._similar_refresh_stale_phone_keys(), 0)
        self.assertEqual(lead.similar_phone_keys, "211112222")
        # another reading's: the registry's load warns, the update computes them again
        params.set_param(PHONE_KEYS_PARSER_PARAM, "phonenumbers 8.0.0, phones.py 0123456789abcdef")
        params.set_param(SCAN_LAST_PARAM, "2026-11-30 10:00:00")
        with self.assertLogs("odoo.addons.crm_lead_convert.models.crm_lead_similar_keys", "WARNING") as logs:
            Lead._register_hook()
        self.assertIn("update the module crm_lead_convert", logs.output[0])
        # as the update does (the queue of what to do after it, kept here, is the update's own)
        with patch.object(self.registry, "_post_init_queue", collections.deque(), create=True):
            Lead._auto_init()
        self.assertEqual(params.get_param(PHONE_KEYS_PARSER_PARAM), phones.parser_fingerprint())
        Lead.invalidate_model()
        self.assertEqual(lead.similar_phone_keys, "211112222 333334444")
        self.assertEqual(same_number.similar_phone_keys, "333334444")
        self.assertEqual(lead.duplicate_lead_ids, lead | same_number)
        # the next duplicate scan is a full one
        self.assertFalse(params.get_param(SCAN_LAST_PARAM))


@tagged("post_install", "-at_install")
class TestSimilarLeadsWords(TransactionCase):
    """Company names of the same words in another order are other companies; how often a word is used
    comes from the database."""

    def test_same_words_in_another_order_are_not_similar(self):
        lead = self.env["crm.lead"].create(
            {"name": "Kursi", "partner_name": "PT Agung Bersama", "email_from": "info@agungbersama.com"}
        )
        other = self.env["crm.lead"].create(
            {"name": "Meja", "partner_name": "CV Bersama Agung", "email_from": "sales@bersamaagung.co.id"}
        )
        same_order = self.env["crm.lead"].create({"name": "Lemari", "partner_name": "Agung Bersama, PT"})
        self.assertNotIn(other, lead.duplicate_lead_ids)
        self.assertIn(same_order, lead.duplicate_lead_ids)

    def test_word_counts_come_from_the_database(self):
        self.env["crm.lead"].create(
            [
                {"name": "1", "partner_name": "PT Sinar Jaya"},
                {"name": "2", "partner_name": "Toko Jaya Makmur"},
                {"name": "3", "partner_name": "Vertex Logistics West Inc."},
            ]
        )
        words = self.env["crm.lead.company.word"]
        words._refresh()
        frequencies = words._frequencies(["jaya", "vertex", "unheard"])
        self.env.cr.execute("SELECT count(*) FROM crm_lead WHERE similar_company_key ~ '\\mjaya\\M'")
        self.assertEqual(frequencies.counts["jaya"], self.env.cr.fetchone()[0])
        self.assertEqual(frequencies.counts["vertex"], 1)
        self.assertNotIn("unheard", frequencies.counts)
        self.assertFalse(frequencies.names)  # no name asked for, none common here
        self.env.cr.execute(
            "SELECT count(*) FROM crm_lead WHERE similar_company_key IS NOT NULL AND merged_into_id IS NULL"
        )
        self.assertEqual(frequencies.total, self.env.cr.fetchone()[0])
        self.assertGreater(frequencies.bits("vertex"), frequencies.bits("jaya"))
        cron = self.env.ref("crm_lead_convert.ir_cron_crm_lead_company_word_refresh")
        self.assertEqual((cron.interval_number, cron.interval_type), (1, "days"))

    def test_search_reads_the_counts_of_the_lead_s_and_its_candidates_words(self):
        """Similar Leads weighs the words of the lead and of its candidates by their counts, read in the same
        call as the candidates, for a saved lead as for one being edited."""
        lead, typo, _other = self.env["crm.lead"].create(
            [
                {"name": "1", "partner_name": "PT Sinar Jaya Zwartkop"},
                {"name": "2", "partner_name": "Sinar Jaya Zwartkopp"},
                {"name": "3", "partner_name": "Vertex Logistics West Inc."},
            ]
        )
        words = self.env["crm.lead.company.word"]
        words._refresh()
        expected = words._frequencies(["sinar", "jaya", "zwartkop", "zwartkopp"])
        self.assertEqual(expected.counts["zwartkop"], 1)
        edited = self.env["crm.lead"].new({"partner_name": "PT Sinar Jaya Zwartkop"}, origin=lead)
        for searched in (lead, edited):
            key, candidate_ids, keys, frequencies = searched._similar_lead_search()
            self.assertEqual(key.company, "sinar jaya zwartkop")
            self.assertEqual(candidate_ids, {"company": typo.ids})
            self.assertEqual([key.id for key in keys], typo.ids)
            self.assertEqual(frequencies.counts, expected.counts)
            self.assertEqual(frequencies.total, expected.total)

    def test_public_mail_provider_is_no_criterion(self):
        """Leads at a public mail provider, Odoo's or one the addon adds ("hotmail.nl"), are not fetched
        by their domain: it is no company's."""
        for domain in ("gmail.com", "hotmail.nl", "bakkerijpeters.nl"):
            lead, other = self.env["crm.lead"].create(
                [
                    {"name": "1", "contact_name": "Piet Peters", "email_from": f"piet@{domain}"},
                    {"name": "2", "contact_name": "Anna de Vries", "email_from": f"anna@{domain}"},
                ]
            )
            candidate_ids = lead._similar_lead_search()[1]
            if domain == "bakkerijpeters.nl":
                self.assertEqual(candidate_ids, {"email_domain": other.ids})
            else:
                self.assertEqual(candidate_ids, {}, domain)

    def test_a_domain_several_companies_write_from_is_a_provider_s(self):
        """A provider's domain that no list holds ("outllook.com", Outlook's mistyped), from which the leads
        of three unrelated companies write: two persons at it are no colleagues, in Similar Leads, in its
        reasons column and in Duplicates, as two persons at a company's domain are."""
        Lead = self.env["crm.lead"]
        Lead.create(
            [
                {"name": name, "partner_name": company, "email_from": email}
                for name, company, email in (
                    ("Schilderwerk", "Schilderwerken Michiels", "jan.michiels@outllook.com"),
                    ("Tuin", "Hoveniersbedrijf vd Bosch", "piet.bosch@outllook.com"),
                    ("Klus", "Klussenbedrijf 't Hart", "khart@outllook.com"),
                )
            ]
        )
        anna, dewi, piet, els = Lead.create(
            [
                {"name": name, "contact_name": contact, "email_from": email}
                for name, contact, email in (
                    ("Keuken", "Anna de Vries", "anna@outllook.com"),
                    ("Badkamer", "Dewi Santoso", "dewi@outllook.com"),
                    ("Brood", "Piet Peters", "piet@bakkerijpeters.nl"),
                    ("Taart", "Els Peters", "els@bakkerijpeters.nl"),
                )
            ]
        )
        # until the daily count, the domain is a company's
        self.assertEqual(
            anna.duplicate_lead_ids,
            anna | dewi | anna.search([("name", "in", ("Schilderwerk", "Tuin", "Klus"))]),
        )
        self.env["crm.lead.company.word"]._refresh()
        params = self.env["ir.config_parameter"]
        self.assertIn("outllook.com", params.get_param(PROVIDERS_PARAM).split())
        self.env.invalidate_all()  # as the next request
        self.assertEqual(anna.duplicate_lead_ids, anna)
        self.assertEqual(piet.duplicate_lead_ids, piet | els)
        # the reasons column of the list opened from a lead takes the domain as Similar Leads does
        self.assertFalse(dewi.with_context(similar_lead_id=anna.id).similar_lead_reason)
        self.assertIn("same email domain", els.with_context(similar_lead_id=piet.id).similar_lead_reason)
        groups = self.env["crm.lead.duplicate.group"]._scan_all()
        self.assertIn(piet | els, [group.lead_ids for group in groups])
        self.assertFalse(groups.filtered(lambda group: anna in group.lead_ids))
        # the update to 18.0.1.30.0 makes the next scheduled scan a full one: its stored pairs were scored
        # with such domains as companies'
        params.set_param(SCAN_LAST_PARAM, "2026-12-01 00:00:00")
        params.set_param(PROVIDERS_PARAM, False)
        run_migration(self.env.cr, "18.0.1.30.0", "18.0.1.29.3")
        self.assertFalse(params.get_param(SCAN_LAST_PARAM))
        self.assertIn("outllook.com", params.get_param(PROVIDERS_PARAM).split())
        # two companies only, at the next count: the domain may be one company's, its two persons colleagues
        Lead.search([("name", "=", "Klus")]).unlink()
        self.env["crm.lead.company.word"]._refresh()
        self.assertNotIn("outllook.com", (params.get_param(PROVIDERS_PARAM) or "").split())
        self.env.invalidate_all()
        self.assertIn(dewi, anna.duplicate_lead_ids)

    def test_a_private_person_s_own_name_is_no_company_name(self):
        """A private person who typed their own name where a form asked for a company: the lead has no
        company key, its name is not counted as a company's, and a namesake with nothing else in common is
        not listed, as namesakes without company name are not; the contact name written later follows."""
        Lead = self.env["crm.lead"]
        first, namesake = Lead.create(
            [
                {"name": "Kursi", "partner_name": "Budi Saputra", "contact_name": "Budi Saputra"},
                {
                    "name": "Meja",
                    "partner_name": "Budi Saputra",
                    "contact_name": "Saputra, Budi",
                    "email_from": "budi2477@yahoo.com",
                },
            ]
        )
        self.assertFalse(first.similar_company_key)
        self.assertEqual(first.duplicate_lead_ids, first)
        self.env["crm.lead.company.word"]._refresh()
        self.assertFalse(self.env["crm.lead.company.word"].search([("word", "=", "saputra")]))
        # the same person, by the same address, is still listed
        same = Lead.create(
            {"name": "Lemari", "partner_name": "Budi Saputra", "email_from": "Budi2477@Yahoo.com"}
        )
        self.assertEqual(same.similar_company_key, "budi saputra")
        self.env.invalidate_all()  # as the next request: the list was computed for both leads at once
        self.assertEqual(namesake.duplicate_lead_ids, namesake | same)
        # another contact person written on the lead: the name is a company's again
        first.contact_name = "Sari Dewi"
        self.assertEqual(first.similar_company_key, "budi saputra")

    def test_a_name_many_leads_hold_weighs_less(self):
        """Ten leads of a large CRM named "Depot Mulia Sentosa", each another person's with their own phone:
        more than one prospect's leads. A lead of that name with nothing else in common lists none of them
        once the names are counted; a lead with one of their phones still lists that one, and the same person
        at that name is still found."""
        persons = ("Agus", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gita", "Hadi", "Intan", "Joko")
        namesakes = self.env["crm.lead"].create(
            [
                {
                    "name": f"Depot {person}",
                    "partner_name": "PT Depot Mulia Sentosa",
                    "contact_name": f"{person} Wibowo",
                    "phone": f"0812 1111 22{number:02d}",
                    "country_id": self.env.ref("base.id").id,
                }
                for number, person in enumerate(persons)
            ]
        )
        self.assertGreater(len(namesakes), COMMON_NAME_LEADS)
        self.env["crm.lead.company.word"]._refresh()
        names = self.env["crm.lead.company.name"].search([("name", "=", "depot mulia sentosa")])
        self.assertEqual(names.lead_count, len(namesakes))
        # the words counted as in a CRM of 20,000 company names, where they are rare
        self.env.cr.execute(
            "UPDATE crm_lead_company_word SET lead_count = 40 WHERE word IN ('depot', 'mulia', 'sentosa')"
        )
        self.env["ir.config_parameter"].set_param(TOTAL_PARAM, 20000)
        lead = self.env["crm.lead"].create(
            {"name": "Depot baru", "partner_name": "Depot Mulia Sentosa", "contact_name": "Sukardi"}
        )
        self.assertEqual(lead.duplicate_lead_ids, lead)
        same_phone = self.env["crm.lead"].create(
            {
                "name": "Depot telepon",
                "partner_name": "Depot Mulia Sentosa",
                "contact_name": "Sukardi",
                "phone": "+62 812-1111-2203",
                "country_id": self.env.ref("base.id").id,
            }
        )
        self.assertEqual(same_phone.duplicate_lead_ids, same_phone | namesakes[3] | lead)
        # before the names are counted, the name weighs by its rare words: every namesake is listed
        names.unlink()
        self.env.invalidate_all()
        self.assertEqual(lead.duplicate_lead_ids, lead | namesakes | same_phone)


def search_plan(cr):
    """Return the plan PostgreSQL makes of the candidate query of Similar Leads' search function, as the
    function has it planned: once, for any lead (a generic plan)."""
    criteria = (
        "company",
        "letters",
        "words",
        "email",
        "domain",
        "phones",
        "partner",
        "excluded",
        "contact",
        "domain_name",
        "spelled",
        "mailbox",
        "mailbox_names",
        "spelling_mailboxes",
    )
    own = {name: SQL(f"${number}") for number, name in enumerate(criteria, 1)}
    cr.execute(
        SQL(
            """SET LOCAL plan_cache_mode = force_generic_plan;
               PREPARE crm_lead_found(text, text, integer, text, text, text[], integer, integer[], text,
                                      text, text, text, text[], text[])
                    AS %s""",
            found_query(own),
        )
    )
    cr.execute(
        "EXPLAIN EXECUTE crm_lead_found(NULL, NULL, NULL, NULL, NULL, NULL, NULL, '{}', NULL, NULL, NULL, "
        "NULL, NULL, NULL)"
    )
    plan = "\n".join(row[0] for row in cr.fetchall())
    cr.execute("DEALLOCATE crm_lead_found")
    return plan


def mailbox_candidates(record):
    """Return the candidates of ``record`` that Similar Leads fetched for a mailbox named after a company,
    by criterion."""
    found = record._similar_lead_candidates(record._similar_lead_key(), [record.id])[0]
    return {
        criterion: ids for criterion, ids in found.items() if criterion in ("mailbox_name", "company_mailbox")
    }


def reason_shown(lead, similar):
    """Return why ``similar`` is in the Similar Leads list of ``lead``, as the list shows it."""
    action = lead.action_show_potential_duplicates()
    return similar.with_context(**action["context"]).similar_lead_reason


@tagged("post_install", "-at_install")
class TestSimilarLeadsIndexes(TransactionCase):
    """The candidate queries can use the addon's indexes: without them, Similar Leads reads every lead."""

    def test_phone_lookup_uses_its_index(self):
        lead, other = self.env["crm.lead"].create(
            [{"name": "Kursi", "phone": "+62 812 3456 7890"}, {"name": "Meja", "mobile": "0812-3456-7890"}]
        )
        candidate_ids, _keys = lead._similar_lead_candidates(lead._similar_lead_key(), [lead.id])
        self.assertEqual(candidate_ids, {"phone": other.ids})
        self.env.cr.execute("SET LOCAL enable_seqscan = off")
        self.assertIn("crm_lead_similar_phone_keys_index", search_plan(self.env.cr))

    def test_a_customer_s_leads_fetched_by_their_commercial_partner(self):
        """The leads of one customer, one linked to the company and one to its employee, share nothing else:
        each is fetched by the customer and listed for the other, "same customer"; another customer's lead
        is not fetched."""
        Partner = self.env["res.partner"]
        company = Partner.create({"name": "PT Surya Baja", "is_company": True})
        employee = Partner.create({"name": "Rina Wulandari", "parent_id": company.id})
        other_customer = Partner.create({"name": "CV Mega Logam", "is_company": True})
        lead, colleague, other = self.env["crm.lead"].create(
            [
                {"name": "Kursi", "partner_id": company.id},
                {"name": "Meja", "partner_id": employee.id},
                {"name": "Rak", "partner_id": other_customer.id},
            ]
        )
        # the customer's values the leads took from it make no other criterion
        (lead | colleague | other).write(
            {"partner_name": False, "contact_name": False, "email_from": False, "phone": False}
        )
        candidate_ids, _keys = lead._similar_lead_candidates(lead._similar_lead_key(), [lead.id])
        self.assertEqual(candidate_ids, {"partner": colleague.ids})
        self.assertEqual(lead.duplicate_lead_ids, lead | colleague)
        self.assertEqual(colleague.duplicate_lead_ids, lead | colleague)
        self.assertEqual(reason_shown(lead, colleague), "same customer")
        self.assertEqual(other.duplicate_lead_ids, other)

    def test_company_lookup_fetches_names_that_may_agree(self):
        """The trigram lookup fetches the names of as many words but one, or of the same letters but for
        spaces; a name of two words more is left to the other criteria, so that it takes no place in the
        limit."""
        lead, same, joined, word_more, two_words_more = self.env["crm.lead"].create(
            [
                {"name": "Kursi", "partner_name": "PT Maju Jaya Abadi Sentosa"},
                {"name": "Meja", "partner_name": "PT. Maju Jaya Abadi Sentosa"},
                {"name": "Lemari", "partner_name": "Majujaya Abadi Sentosa"},
                {"name": "Rak", "partner_name": "PT Maju Jaya Abadi Sentosa Raya"},
                {"name": "Sofa", "partner_name": "PT Maju Jaya Abadi Sentosa Raya Dua"},
            ]
        )
        # the two words more are alike enough to be fetched, but for their number
        self.env.cr.execute("SELECT similarity('majujayaabadisentosa', 'majujayaabadisentosarayadua')")
        self.assertGreater(self.env.cr.fetchone()[0], COMPANY_TRIGRAM_THRESHOLD)
        candidate_ids, _keys = lead._similar_lead_candidates(lead._similar_lead_key(), [lead.id])
        self.assertEqual(sorted(candidate_ids["company"]), sorted((same | joined | word_more).ids))
        # a word more is fetched, as two words written together may be, and then found another name
        self.assertEqual(lead.duplicate_lead_ids - lead, same | joined)
        self.assertNotIn(two_words_more, lead.duplicate_lead_ids)
        self.env.cr.execute(
            """SELECT attstattarget FROM pg_attribute
                WHERE attrelid = 'crm_lead'::regclass AND attname = 'similar_company_key'"""
        )
        # few statistics, as the table of letters searched by trigram (see _auto_init)
        self.assertEqual(self.env.cr.fetchone()[0], COMPANY_KEY_STATISTICS)

    def test_company_lookup_keeps_the_likest_names_past_its_limit(self):
        """More alike names than the company criterion's limit (a name of stock words in a large CRM): the
        likest are kept, whatever their age."""
        Lead = self.env["crm.lead"]
        suffixes = [first + second for first in "bcdfghjklmnprst" for second in "aeiou"][
            : CANDIDATES_PER_CRITERION + 5
        ]
        # one of the likest names older than the others, one newer: the limit keeps both
        older = Lead.create({"name": "Lemari", "partner_name": "CV Sinar Terang Makmur Sentosa"})
        Lead.create(
            [
                {"name": "Kursi", "partner_name": f"PT Sinar Terang Makmur Sentosa {suffix}"}
                for suffix in suffixes
            ]
        )
        lead = Lead.create({"name": "Meja", "partner_name": "PT Sinar Terang Makmur Sentosa"})
        newer = Lead.create({"name": "Rak", "partner_name": "CV Sinar Terang Makmur Sentosa"})
        found = lead._similar_lead_search()[1]["company"]
        self.assertEqual(len(found), CANDIDATES_PER_CRITERION)
        self.assertLessEqual({older.id, newer.id}, set(found))

    def test_the_same_person_s_leads_fetched_under_a_name_mistyped_twice(self):
        """A company name mistyped past the trigram search's threshold is found through the contact name:
        the likest name of the leads naming the same person, in any order and with titles, is fetched too,
        and the core decides; another person's lead under that mistyped name is not fetched, nor a lead
        of that contact name without company name (a name alone never matches)."""
        lead, mistyped, other_person, other_name, private = self.env["crm.lead"].create(
            [
                {"name": "Kursi", "partner_name": "CV Artha Sakti", "contact_name": "Agus Lestari"},
                {"name": "Meja", "partner_name": "Artja Szkti", "contact_name": "Bpk. Lestari, Agus"},
                {"name": "Lemari", "partner_name": "Artja Szkti", "contact_name": "Rina Wijaya"},
                {"name": "Rak", "partner_name": "PT Sinar Terang Abadi", "contact_name": "Agus Lestari"},
                {"name": "Sofa", "contact_name": "Agus Lestari", "email_from": "agus.lestari@gmail.com"},
            ]
        )
        # the letters as the trigram index holds them ("tj" is "c")
        self.env.cr.execute(
            """SELECT similarity(replace(crm_lead_spelling_key('artha sakti'), ' ', ''),
                                 replace(crm_lead_spelling_key('artja szkti'), ' ', ''))"""
        )
        self.assertLess(self.env.cr.fetchone()[0], COMPANY_TRIGRAM_THRESHOLD)
        for key in (lead._similar_lead_key(), lead.sudo().similar_contact_key):
            self.assertEqual(getattr(key, "contact", key), "agus lestari")
        candidate_ids, _keys = lead._similar_lead_candidates(lead._similar_lead_key(), [lead.id])
        # fetched: the likest name the core may find alike (of as many words but one), at least a little
        # alike; the core decides
        self.assertEqual(candidate_ids, {"contact": mistyped.ids})
        self.assertEqual(lead.duplicate_lead_ids, lead | mistyped)
        self.assertFalse((other_person | other_name | private) & lead.duplicate_lead_ids)
        # a lead being typed finds it too
        edited = self.env["crm.lead"].new(
            {"partner_name": "Artha Sakti", "contact_name": "Agus Lestari"}, origin=lead
        )
        self.assertIn(mistyped.id, edited.duplicate_lead_ids.ids)
        self.env.cr.execute("SET LOCAL enable_seqscan = off")
        self.assertIn(CONTACT_KEY_INDEX, search_plan(self.env.cr))
        self.env.cr.execute("SET LOCAL enable_seqscan = on")
        # the same person's lead under the name well spelled, which the trigram search finds, takes no place
        spelled = self.env["crm.lead"].create(
            {"name": "Rak 2", "partner_name": "Artha Sakti", "contact_name": "Agus Lestari"}
        )
        candidate_ids, _keys = lead._similar_lead_candidates(lead._similar_lead_key(), [lead.id])
        self.assertEqual(candidate_ids, {"company": spelled.ids, "contact": mistyped.ids})
        lead.invalidate_recordset()
        self.assertEqual(lead.duplicate_lead_ids, lead | mistyped | spelled)
        # a contact name written on more leads than CONTACT_KEY_LEADS is a common name, no criterion: the
        # leads of "Wagiman" or "Budi Santoso" would be read for every lead naming him
        self.env.flush_all()
        self.env.cr.execute("SELECT count(*) FROM crm_lead WHERE similar_contact_key = 'agus lestari'")
        holding = self.env.cr.fetchone()[0]
        self.env["crm.lead"].create(
            [
                {"name": f"{number}", "partner_name": f"Toko Nomor{number}", "contact_name": "Agus Lestari"}
                for number in range(CONTACT_KEY_LEADS - holding)
            ]
        )
        candidate_ids, _keys = lead._similar_lead_candidates(lead._similar_lead_key(), [lead.id])
        self.assertEqual(candidate_ids["contact"], mistyped.ids)  # on CONTACT_KEY_LEADS leads: still one
        self.env["crm.lead"].create(
            {"name": "One more", "partner_name": "Toko Lagi", "contact_name": "Agus Lestari"}
        )
        candidate_ids, _keys = lead._similar_lead_candidates(lead._similar_lead_key(), [lead.id])
        self.assertNotIn("contact", candidate_ids)
        lead.invalidate_recordset()
        self.assertEqual(lead.duplicate_lead_ids, lead | spelled)

    def test_a_name_mistyped_in_each_word_fetched_by_its_blocks(self):
        """A short name mistyped in each of its words ("Ksoter Bouw" for "Koster Bouw") shares too few
        trigrams with the other for the trigram search, but a block of two words in a row (a word, and the
        other's first or last three letters): the leads sharing a block that few leads hold are fetched,
        the likest names first, at most BLOCK_CANDIDATES of them, and the core decides. A block held by
        more than CANDIDATE_BLOCK_LEADS leads fetches nothing, as the duplicate scan leaves it out."""
        lead, mistyped, other_name = self.env["crm.lead"].create(
            [
                {"name": "Kursi", "partner_name": "Koster Bouw B.V.", "contact_name": "Stijn van Dijk"},
                {"name": "Meja", "partner_name": "Ksoter Bouw, B.V.", "contact_name": "Sanne Visser"},
                # shares "s:ter|bouw" and "p:kos|bouw" too, but has a word more: another name for the core
                {"name": "Lemari", "partner_name": "Koster Bouw Hellendoorn", "contact_name": "Jan Smit"},
            ]
        )
        self.env.cr.execute("SELECT similarity('kosterbouw', 'ksoterbouw')")
        self.assertLess(self.env.cr.fetchone()[0], COMPANY_TRIGRAM_THRESHOLD)
        candidate_ids, _keys = lead._similar_lead_candidates(lead._similar_lead_key(), [lead.id])
        self.assertEqual(candidate_ids, {"block": (mistyped | other_name).ids})
        self.assertEqual(lead.duplicate_lead_ids, lead | mistyped)
        self.assertEqual(mistyped.duplicate_lead_ids, lead | mistyped)
        self.assertNotIn(other_name, lead.duplicate_lead_ids)
        # a lead being typed finds it too
        edited = self.env["crm.lead"].new({"partner_name": "Ksoter Bouw", "contact_name": "Sanne Visser"})
        self.assertEqual(edited.duplicate_lead_ids._origin, lead | mistyped)
        self.env.cr.execute("SET LOCAL enable_seqscan = off")
        self.assertIn("crm_lead_company_token_pkey", search_plan(self.env.cr))
        self.env.cr.execute("SET LOCAL enable_seqscan = on")
        # at most BLOCK_CANDIDATES, the likest names (created first, the least alike: not by id)
        self.assertEqual(BLOCK_CANDIDATES, 3)
        names = ("Ksoter Bouw Noord", "Ksoter Bouw West", "Ksoter Bouw Zuid", "Ksoter Bouw Oost")
        alike = self.env["crm.lead"].create([{"name": name, "partner_name": name} for name in names])
        for name, other in (
            ("ksoterbouw", "kosterbouwhellendoorn"),
            ("kosterbouwhellendoorn", "ksoterbouwoost"),
        ):
            self.env.cr.execute(
                "SELECT similarity('kosterbouw', %s) > similarity('kosterbouw', %s)", (name, other)
            )
            self.assertTrue(self.env.cr.fetchone()[0])
        candidate_ids, _keys = lead._similar_lead_candidates(lead._similar_lead_key(), [lead.id])
        self.assertEqual(candidate_ids, {"block": (mistyped | other_name | alike[3]).ids})
        # the only block the two names share, "s:ter|bouw", held by at most CANDIDATE_BLOCK_LEADS other
        # leads, then by one more
        alike.unlink()
        self.env["crm.lead"].create(
            [
                {"name": f"{number}", "partner_name": "Pieter Bouw"}
                for number in range(CANDIDATE_BLOCK_LEADS - 2)
            ]
        )
        candidate_ids, _keys = lead._similar_lead_candidates(lead._similar_lead_key(), [lead.id])
        self.assertIn(mistyped.id, candidate_ids["block"])
        self.env["crm.lead"].create({"name": "One more", "partner_name": "Pieter Bouw"})
        candidate_ids, _keys = lead._similar_lead_candidates(lead._similar_lead_key(), [lead.id])
        self.assertEqual(candidate_ids.get("block"), other_name.ids)
        lead.invalidate_recordset()
        self.assertEqual(lead.duplicate_lead_ids, lead)

    def test_a_name_mistyped_past_the_search_fetched_through_its_company_domain(self):
        """A company name mistyped past the trigram search's threshold, on a lead writing from a company
        domain that spells the name right, is fetched both ways: from that lead, the leads of the name its
        domain spells (as it is: "kopijaya" is not spelled as "kopi jaya" is, word by word); from a lead of
        that name, the leads writing from a domain spelling it, its words written together or hyphenated, in
        any part of the domain but not in the part of an address before the "@". The core then decides, as
        it does for any candidate: the domain shows the company's own spelling."""
        nl = self.env.ref("base.nl").id
        leads = self.env["crm.lead"].create(
            [
                {
                    "name": "Drukwerk",
                    "partner_name": "Drukkerij Smits",
                    "contact_name": "Femke Smits",
                    "phone": "+31 6 1234 5678",
                    "country_id": nl,
                },
                {
                    "name": "Offerte",
                    "partner_name": "Drukkreij Smits B.V.",
                    "contact_name": "Joris Bakker",
                    "email_from": "joris@mail.drukkerijsmits.nl",
                    "country_id": nl,
                },
                {
                    "name": "Folders",
                    "partner_name": "Jansen Reclame",
                    "contact_name": "Piet Jansen",
                    "email_from": "drukkerijsmits.piet@gmail.com",
                    "country_id": nl,
                },
                {"name": "Dak", "partner_name": "Van Acker & Hermans", "phone": "+32 9 123 45 67"},
                {
                    "name": "Goot",
                    "partner_name": "Van Acker & Heemams",
                    "contact_name": "Lotte Bossche",
                    "email_from": "lbossche@van-acker-hermans.eu",
                },
                {"name": "Kopi", "partner_name": "Kopi Jaya", "contact_name": "Rina Wijaya"},
                {"name": "Gula", "partner_name": "Kpoi Jaya", "email_from": "dodi@kopijaya.co.id"},
                # a name of fewer letters than a domain shows the spelling of (DOMAIN_SPELLING_MIN_LENGTH)
                {"name": "Rak", "partner_name": "Sinar", "contact_name": "Wim de Vries", "country_id": nl},
                {"name": "Kast", "partner_name": "Warung Bu Sri", "email_from": "sri@sinar.nl"},
            ]
        )
        lead, mistyped, _before_the_at, hermans, hyphenated, kopi, kpoi, short, short_domain = leads
        for name, other in (
            ("drukkerij smits", "drukkreij smits"),
            ("van acker hermans", "van acker heemams"),
            ("kopi jaya", "kpoi jaya"),
        ):
            self.env.cr.execute(
                "SELECT similarity(replace(crm_lead_spelling_key(%s), ' ', ''), "
                "replace(crm_lead_spelling_key(%s), ' ', ''))",
                (name, other),
            )
            self.assertLess(self.env.cr.fetchone()[0], COMPANY_TRIGRAM_THRESHOLD)

        def candidates(record):
            # (the blocks of two words in a row fetch some of them too, see
            # test_a_name_mistyped_in_each_word_fetched_by_its_blocks)
            found = record._similar_lead_candidates(record._similar_lead_key(), [record.id])[0]
            found.pop("block", None)
            return found

        self.assertEqual(candidates(lead), {"domain_spelling": mistyped.ids})
        self.assertEqual(candidates(mistyped), {"domain_name": lead.ids})
        self.assertEqual(candidates(hermans), {"domain_spelling": hyphenated.ids})
        self.assertEqual(candidates(hyphenated), {"domain_name": hermans.ids})
        self.assertEqual(candidates(kpoi), {"domain_name": kopi.ids})
        self.assertEqual(candidates(kopi), {"domain_spelling": kpoi.ids})
        self.assertEqual(candidates(short), {})
        self.assertEqual(candidates(short_domain), {})
        for record, other in ((lead, mistyped), (hermans, hyphenated), (kopi, kpoi)):
            self.assertEqual(record.duplicate_lead_ids, record | other)
            self.assertEqual(other.duplicate_lead_ids, record | other)
        # a lead being typed finds it too
        edited = self.env["crm.lead"].new({"partner_name": "Drukkerij Smits"}, origin=short)
        self.assertIn(mistyped.id, edited.duplicate_lead_ids.ids)
        # both looked up in an index of the addon's: the names domains spell, the names written together
        self.env.cr.execute("SET LOCAL enable_seqscan = off")
        plan = search_plan(self.env.cr)
        self.assertIn(DOMAIN_SPELLING_INDEX, plan)
        self.assertIn(COMPANY_JOINED_INDEX, plan)

    def test_a_lead_without_company_name_found_through_its_company_domain(self):
        """A lead without company name (a web form that asked only for an address), written from a company
        domain that spells another lead's company name, is that company's: each is in the other's Similar
        Leads, which say so, and a lead being typed finds it too. A domain spelling a name too short to tell
        finds nothing (a public provider's mailbox named after the company:
        test_a_lead_without_company_name_found_through_its_mailbox_named_after_the_company)."""
        Lead = self.env["crm.lead"]
        company, web, mailbox, short, short_web = Lead.create(
            [
                {"name": "Genset", "partner_name": "PT Raya Makmur Trading",
                 "contact_name": "Dewi Kusumawati", "phone": "+62 21 5785 1234"},
                {"name": "Permintaan penawaran", "contact_name": "Dewi Kusumawati",
                 "email_from": "Dewi Kusumawati <dewi.kusumawati@rayamakmurtrading.com>"},
                {"name": "Penawaran", "contact_name": "Dewi Kusumawati",
                 "email_from": "rayamakmurtrading@gmail.com"},
                {"name": "Rak", "partner_name": "Sinar", "contact_name": "Sri Wahyuni"},
                {"name": "Kast", "contact_name": "Sri Wahyuni", "email_from": "sri@sinar.co.id"},
            ]
        )  # fmt: skip

        def candidates(record):
            found = record._similar_lead_candidates(record._similar_lead_key(), [record.id])[0]
            found.pop("block", None)
            found.pop("contact", None)
            return found

        self.assertEqual(candidates(web), {"domain_name": company.ids})
        self.assertEqual(candidates(company), {"domain_spelling": web.ids, "company_mailbox": mailbox.ids})
        self.assertEqual(candidates(short_web), {})
        self.assertEqual(web.duplicate_lead_ids, company | web)
        self.assertEqual(company.duplicate_lead_ids, company | web | mailbox)
        self.assertEqual(short.duplicate_lead_ids, short)
        self.assertEqual(short_web.duplicate_lead_ids, short_web)
        self.assertEqual(
            reason_shown(company, web),
            "email domain is the company name: rayamakmurtrading.com / PT Raya Makmur Trading and "
            "contact name alike: Dewi Kusumawati / Dewi Kusumawati",
        )
        # a lead being typed, with only the address so far: the company's, and its colleague's by the domain
        typed = Lead.new({"email_from": "budi@rayamakmurtrading.com"})
        self.assertEqual(typed.duplicate_lead_ids._origin, company | web)

    def test_a_lead_without_company_name_found_through_its_mailbox_named_after_the_company(self):
        """A lead without company name writing from a public provider's mailbox named after another lead's
        company ("salon.insan.cahaya@gmail.com", "cv.bintang_timur@yahoo.co.id") is that company's: each is
        in the other's Similar Leads, which say so, through an index of the addon's; a lead being typed
        finds it too. A mailbox named after its own contact, or after a name too short to tell, finds
        nothing, nor does a company domain's mailbox spelling another name."""
        Lead = self.env["crm.lead"]
        salon, web, shop, wa, own_name, teguh, short, abadi = Lead.create(
            [
                {"name": "Kursi salon", "partner_name": "PT Salon Insan Cahaya", "contact_name": "Yudi",
                 "phone": "(0878) 322 2883"},
                {"name": "Permintaan harga", "contact_name": "Yudi",
                 "email_from": "Yudi <Salon.Insan.Cahaya@gmail.com>"},
                {"name": "Rak", "partner_name": "CV Bintang Timur", "contact_name": "Agus Santoso"},
                {"name": "Rak gudang", "contact_name": "Agus Santoso",
                 "email_from": "cv.bintang_timur88@yahoo.co.id"},
                {"name": "Timbangan", "contact_name": "Teguh Kusuma", "email_from": "teguh.kusuma@yahoo.com"},
                {"name": "Palet", "partner_name": "UD Teguh Kusuma", "contact_name": "Dewi"},
                {"name": "Lemari", "contact_name": "Sri Wahyuni", "email_from": "abadi@gmail.com"},
                {"name": "Meja", "partner_name": "Abadi", "contact_name": "Sri Wahyuni"},
            ]
        )  # fmt: skip

        self.assertEqual(mailbox_candidates(web), {"mailbox_name": salon.ids})
        self.assertEqual(mailbox_candidates(salon), {"company_mailbox": web.ids})
        self.assertEqual(mailbox_candidates(wa), {"mailbox_name": shop.ids})
        self.assertEqual(mailbox_candidates(shop), {"company_mailbox": wa.ids})
        for record, other in ((salon, web), (shop, wa)):
            self.assertEqual(record.duplicate_lead_ids, record | other)
            self.assertEqual(other.duplicate_lead_ids, record | other)
        self.assertEqual(
            reason_shown(salon, web),
            "email address is the company name: salon.insan.cahaya@gmail.com / PT Salon Insan Cahaya and "
            "contact name alike: Yudi / Yudi",
        )
        # fetched, but the core tells them apart: his own name's mailbox; a name too short is not fetched
        self.assertEqual(mailbox_candidates(own_name), {"mailbox_name": teguh.ids})
        self.assertEqual(own_name.duplicate_lead_ids, own_name)
        self.assertEqual(teguh.duplicate_lead_ids, teguh)
        self.assertEqual(mailbox_candidates(short), {})
        self.assertEqual(mailbox_candidates(abadi), {})
        # a lead being typed, with only the address so far
        typed = Lead.new({"email_from": "salon.insan.cahaya@gmail.com", "contact_name": "Yudi"})
        self.assertEqual(typed.duplicate_lead_ids._origin, salon | web)
        typed = Lead.new({"partner_name": "Salon Insan Cahaya", "contact_name": "Yudi"})
        self.assertIn(web.id, typed.duplicate_lead_ids._origin.ids)
        # looked up in an index of the addon's: the letters of the mailbox names of leads without company
        self.env.cr.execute("SET LOCAL enable_seqscan = off")
        self.assertIn(MAILBOX_LETTERS_INDEX, search_plan(self.env.cr))

    def test_a_mailbox_named_after_a_company_needs_a_contact_and_counts_at_learned_providers(self):
        """A lead with only an address, no contact name, at a mailbox named after a person is not the
        business of that name: it may be the owner's private one ("budi.santoso@gmail.com" / "UD Budi
        Santoso"). A mailbox named after a company at a domain the leads showed to
        be a provider's (learned, not in Odoo's list) counts, both ways, as the core compares them."""
        Lead = self.env["crm.lead"]
        budi, business = Lead.create(
            [
                {"name": "Forklift", "email_from": "budi.santoso@gmail.com"},
                {"name": "Palet", "partner_name": "UD Budi Santoso", "contact_name": "Ani Wulandari",
                 "phone": "0896-4454-8314"},
            ]
        )  # fmt: skip
        self.assertEqual(mailbox_candidates(budi), {})
        # fetched the other way round (the index of the mailbox letters), but the core tells it apart
        self.assertEqual(mailbox_candidates(business), {"company_mailbox": budi.ids})
        self.assertEqual(budi.duplicate_lead_ids, budi)
        self.assertEqual(business.duplicate_lead_ids, business)
        # with a contact name, the same mailbox is the business's
        budi.contact_name = "Ani Wulandari"
        self.env.invalidate_all()  # as the next request
        self.assertEqual(mailbox_candidates(budi), {"mailbox_name": business.ids})
        self.assertEqual(mailbox_candidates(business), {"company_mailbox": budi.ids})
        self.assertEqual(business.duplicate_lead_ids, business | budi)
        self.assertEqual(budi.duplicate_lead_ids, business | budi)
        # a local provider learned from the leads
        self.assertNotIn("kabelnoord.nl", crm_lead_duplicates.MAIL_PROVIDERS)
        bakery, mailbox = Lead.create(
            [
                {"name": "Weegschaal", "partner_name": "Bakkerij Hoekstra Dokkum", "contact_name": "Jan",
                 "phone": "0519 29 14 40"},
                {"name": "Palletwagen", "contact_name": "Jan",
                 "email_from": "bakkerij.hoekstra.dokkum@kabelnoord.nl"},
            ]
        )  # fmt: skip
        self.assertEqual(bakery.duplicate_lead_ids, bakery)
        self.assertEqual(mailbox.duplicate_lead_ids, mailbox)
        self.env["ir.config_parameter"].set_param(PROVIDERS_PARAM, "kabelnoord.nl")
        self.env.invalidate_all()
        self.assertEqual(mailbox_candidates(mailbox), {"mailbox_name": bakery.ids})
        self.assertEqual(mailbox_candidates(bakery), {"company_mailbox": mailbox.ids})
        self.assertEqual(bakery.duplicate_lead_ids, bakery | mailbox)
        self.assertEqual(mailbox.duplicate_lead_ids, bakery | mailbox)

    def test_an_address_with_its_domain_mistyped_is_the_same_mailbox(self):
        """An address whose domain is mistyped ("telenet.b", "gmial.com", which Odoo's list of providers
        holds) is fetched, from its index, and matched as the same mailbox, said as "email alike"; not a
        short mailbox name ("info") nor a role's ("marketing"), nor the same name at two real providers a
        letter apart ("telenet.be" / "ymail.be" are further)."""
        Lead = self.env["crm.lead"]
        right, mistyped, other_provider, info, info_mistyped = Lead.create(
            [
                {"name": "Offerte", "contact_name": "Jozef Janssens",
                 "email_from": "jozef.janssens@telenet.be", "phone": "0495 08 48 44"},
                {"name": "Vraag", "contact_name": "J. Janssens",
                 "email_from": "Jozef Janssens <jozef.janssens@telenet.b>"},
                {"name": "Vraag 2", "contact_name": "Sari Santoso", "email_from": "jozef.janssens@ymail.be"},
                {"name": "Info", "partner_name": "Bakkerij Smit", "email_from": "info@bakkerijsmit.nl"},
                {"name": "Info 2", "partner_name": "Slagerij Smit", "email_from": "info@bakkerijsmit.n"},
            ]
        )  # fmt: skip
        # a provider's domain mistyped that Odoo keeps as a provider; a role's mailbox at two domains
        dedi, dedi_mistyped, marketing, marketing_other = Lead.create(
            [
                {"name": "Genset", "contact_name": "Dedi", "email_from": "dedi.wijaya@gmail.com"},
                {"name": "Genset 2", "contact_name": "Dedi", "email_from": "DEDI.WIJAYA@GMIAL.COM"},
                {"name": "Iklan", "partner_name": "Sinar Jaya", "email_from": "marketing@sinarjaya.co.id"},
                {"name": "Iklan 2", "partner_name": "Sinar Raya", "email_from": "marketing@sinarraya.co.id"},
            ]
        )  # fmt: skip
        self.assertEqual(dedi.duplicate_lead_ids, dedi | dedi_mistyped)
        self.assertEqual(marketing.duplicate_lead_ids, marketing)
        self.assertEqual(marketing_other.duplicate_lead_ids, marketing_other)
        found = mistyped._similar_lead_candidates(mistyped._similar_lead_key(), [mistyped.id])[0]
        self.assertEqual(found.get("mailbox"), (right | other_provider).ids)
        self.assertEqual(mistyped.duplicate_lead_ids, right | mistyped)
        self.assertEqual(right.duplicate_lead_ids, right | mistyped)
        self.assertEqual(info_mistyped.duplicate_lead_ids, info_mistyped)
        self.assertEqual(
            reason_shown(right, mistyped),
            "email alike: jozef.janssens@telenet.be / jozef.janssens@telenet.b and "
            "contact name alike: Jozef Janssens / J. Janssens",
        )
        self.assertNotIn("mailbox", info._similar_lead_candidates(info._similar_lead_key(), [info.id])[0])
        self.env.cr.execute("SET LOCAL enable_seqscan = off")
        self.assertIn(MAILBOX_INDEX, search_plan(self.env.cr))
        # a mailbox name more leads hold than MAILBOX_KEY_LEADS, a role's or a common given name: not fetched
        Lead.create(
            [
                {"name": f"Vraag {number}", "email_from": f"jozef.janssens@bedrijf{number}.be"}
                for number in range(crm_lead_duplicates.MAILBOX_KEY_LEADS - 2)
            ]
        )
        found = mistyped._similar_lead_candidates(mistyped._similar_lead_key(), [mistyped.id])[0]
        self.assertNotIn("mailbox", found)
        self.env.invalidate_all()  # as the next request
        self.assertEqual(mistyped.duplicate_lead_ids, mistyped)

    def test_a_number_mistyped_by_a_digit_found_through_the_same_person(self):
        """A lead without company name whose number is mistyped by a digit is fetched by its contact name
        and matched, said as "phone alike"; another person with that number is not matched, nor is the same
        person with a number two digits apart."""
        Lead = self.env["crm.lead"]
        idn = self.env.ref("base.id").id
        company, person, stranger, far = Lead.create(
            [
                {"name": "Genset", "partner_name": "PT Jaya Sinar Konstruksi",
                 "contact_name": "Fauzi Halim", "mobile": "(+62) 857 8108 8758", "country_id": idn},
                {"name": "Pompa", "contact_name": "Fauzi Halim", "phone": "0857 8108 8788",
                 "country_id": idn},
                {"name": "Panel", "contact_name": "Dewi Lestari", "phone": "0857 8108 8785",
                 "country_id": idn},
                {"name": "Kabel", "contact_name": "Fauzi Halim", "phone": "0857 8108 8711",
                 "country_id": idn},
            ]
        )  # fmt: skip
        found = person._similar_lead_candidates(person._similar_lead_key(), [person.id])[0]
        self.assertEqual(found.get("person"), (company | far).ids)
        self.assertEqual(person.duplicate_lead_ids, company | person)
        self.assertEqual(company.duplicate_lead_ids, company | person)
        self.assertEqual(stranger.duplicate_lead_ids, stranger)
        self.assertEqual(far.duplicate_lead_ids, far)
        self.assertEqual(
            reason_shown(company, person),
            "phone alike: (+62) 857 8108 8758 / 0857 8108 8788 and "
            "contact name alike: Fauzi Halim / Fauzi Halim",
        )

    def test_company_lookup_finds_the_old_spelling(self):
        """A name in the spelling before 1972 ("Tjahaja Djaja") is fetched and listed for today's ("Cahaya
        Jaya"), though the two share few trigrams: the index holds the names' spellings written alike."""
        lead, old_spelling, other = self.env["crm.lead"].create(
            [
                {"name": "Kursi", "partner_name": "PT Cahaya Jaya Sentosa", "contact_name": "Budi Santoso"},
                {"name": "Meja", "partner_name": "PT Tjahaja Djaja Sentosa", "contact_name": "Budi Santoso"},
                {"name": "Rak", "partner_name": "PT Cahaya Jaya Abadi", "contact_name": "Budi Santoso"},
            ]
        )
        self.env.cr.execute("SELECT similarity('cahaya jaya sentosa', 'tjahaja djaja sentosa')")
        self.assertLess(self.env.cr.fetchone()[0], COMPANY_TRIGRAM_THRESHOLD)
        key = lead._similar_lead_key()
        candidate_ids, _keys = lead._similar_lead_candidates(key, [lead.id])
        self.assertIn(old_spelling.id, candidate_ids["company"])
        self.assertEqual(lead.duplicate_lead_ids - lead, old_spelling)
        self.assertNotIn(other, old_spelling.duplicate_lead_ids)
        # from the trigram index of the table of letters, with few statistics (see _auto_init), then the
        # leads of each name found by the btree of the keys; on so few leads the planner would rather read
        # the btree of the keys written together, left aside here
        with self.env.cr.savepoint(flush=False) as savepoint:
            self.env.cr.execute(
                SQL("SET LOCAL enable_seqscan = off; DROP INDEX %s", SQL.identifier(COMPANY_JOINED_INDEX))
            )
            plan = search_plan(self.env.cr)
            savepoint.rollback()
        self.assertIn(COMPANY_KEY_INDEX, plan)
        self.assertIn(COMPANY_KEY_BTREE_INDEX, plan)
        self.env.cr.execute(
            """SELECT attstattarget FROM pg_attribute
                WHERE attrelid = 'crm_lead_company_letters'::regclass AND attname = 'letters'"""
        )
        self.assertEqual(self.env.cr.fetchone()[0], COMPANY_KEY_STATISTICS)

    def test_upgrade_searches_the_names_letters_in_their_table(self):
        """A database of 18.0.1.13.0 had the trigram index of the names' spellings with spaces, one of
        18.0.1.27.0 that of their letters, both on crm_lead: loading the module drops them and makes the
        table of the company keys with their letters, each key once, with its index and statistics for the
        planner; the trigger keeps it from then on."""
        cr = self.env.cr
        lead, joined, same = self.env["crm.lead"].create(
            [
                {"name": "Kursi", "partner_name": "PT Maju Jaya Abadi"},
                {"name": "Meja", "partner_name": "Majujaya Abadi"},
                {"name": "Lemari", "partner_name": "Maju Jaya Abadi"},
            ]
        )
        self.env.flush_all()
        cr.execute(
            """DROP TABLE crm_lead_company_letters;
               CREATE INDEX crm_lead_similar_company_spelling_trgm_index ON crm_lead
                USING gin (crm_lead_spelling_key(similar_company_key) gin_trgm_ops)
                WHERE similar_company_key IS NOT NULL;
               CREATE INDEX crm_lead_similar_company_letters_trgm_index ON crm_lead
                USING gin (replace(crm_lead_spelling_key(similar_company_key), ' ', '') gin_trgm_ops)
                WHERE similar_company_key IS NOT NULL"""
        )
        self.env["crm.lead"]._similar_ensure_company_search()  # as loading the module does
        cr.execute(
            """SELECT to_regclass('crm_lead_similar_company_spelling_trgm_index'),
                      to_regclass('crm_lead_similar_company_letters_trgm_index'),
                      (SELECT count(*) FROM pg_stats
                        WHERE tablename = 'crm_lead_company_letters' AND attname = 'letters')"""
        )
        self.assertEqual(cr.fetchone(), (None, None, 1))

        def letters():
            cr.execute(
                """SELECT company_key, letters FROM crm_lead_company_letters
                    WHERE company_key LIKE 'maju%%' ORDER BY 1"""
            )
            return cr.fetchall()

        self.assertEqual(
            letters(), [("maju jaya abadi", "mayuyayaabadi"), ("majujaya abadi", "mayuyayaabadi")]
        )
        # words written together are the same letters: fetched, though a word fewer
        candidate_ids = joined._similar_lead_search()[1]
        self.assertEqual(candidate_ids, {"company": (lead | same).ids})
        # a name written since is there at once
        same.partner_name = "Maju Jaya Abadi Sentosa"
        self.env.flush_all()
        self.assertIn(("maju jaya abadi sentosa", "mayuyayaabadisentosa"), letters())

    def test_spelling_key_in_sql_is_the_core_s(self):
        """The index and the blocks are made by the SQL function of the spellings; Similar Leads searches
        them with the core's: both give the same key, word by word and for whole names."""
        texts = [
            "tjahaja djaja sentosa", "soerabaja", "sedjahtera", "hidjau", "hijau", "bakkerij", "dijk", "tjh",
            "iij", "njonja", "chairul", "pharma", "koesoemadjaja", "maju jaya abadi", "",
        ]  # fmt: skip
        self.env.cr.execute(
            "SELECT text, crm_lead_spelling_key(text) FROM unnest(%s::text[]) AS text ORDER BY text", [texts]
        )
        self.assertEqual(dict(self.env.cr.fetchall()), {text: normalize.spelling_key(text) for text in texts})
        self.env.cr.execute("SELECT crm_lead_spelling_key(NULL)")
        self.assertIsNone(self.env.cr.fetchone()[0])

    def test_company_blocks_follow_the_company_key(self):
        """The table of company-name blocks the duplicate scan looks leads up by follows each lead's company
        key, through a trigger, whoever writes it; filled at install as the trigger fills it; dropped on
        uninstall."""
        cr = self.env.cr

        def blocks(leads):
            cr.execute(
                "SELECT lead_id, token FROM crm_lead_company_token WHERE lead_id = ANY(%s) ORDER BY 1, 2",
                [leads.ids],
            )
            return cr.fetchall()

        lead, other = self.env["crm.lead"].create(
            [{"name": "Kursi", "partner_name": "PT Maju Jaya Abadi"}, {"name": "Meja", "partner_name": "-"}]
        )
        self.env.flush_all()
        # the words with their spellings of one sound written alike (normalize.spelling_key): "j" as "y",
        # the first and last three letters of the longer ones, and each block of a word followed by each of
        # the next word's; the first letter and the others sorted of a word of 3 or 4 letters next to a word
        self.assertEqual(
            {token for _id, token in blocks(lead)},
            {"mayu", "yaya", "abadi", "p:aba", "s:adi"}
            | {"mayu|yaya", "mayu|k:yaay", "k:mauy|yaya", "yaya|abadi", "yaya|p:aba", "yaya|s:adi"}
            | {"k:yaay|abadi"},
        )
        self.assertEqual(blocks(other), [])
        lead.partner_name = "Bakkerij Jansen B.V."
        other.partner_name = "Toko Sinar"
        self.env.flush_all()
        self.assertEqual(
            {token for _id, token in blocks(lead)},
            {"bakkery", "p:bak", "s:ery", "yansen", "p:yan", "s:sen"}
            # one of the two a whole word
            | {"bakkery|yansen", "bakkery|p:yan", "bakkery|s:sen", "p:bak|yansen", "s:ery|yansen"},
        )
        self.assertEqual(
            {token for _id, token in blocks(other)},
            {"toko", "sinar", "p:sin", "s:nar", "toko|sinar", "toko|p:sin", "toko|s:nar", "k:tkoo|sinar"},
        )
        # a word with digits has no letters to sort: a number with a typo is another number
        other.partner_name = "Toko 2000"
        self.env.flush_all()
        self.assertEqual(
            {token for _id, token in blocks(other)}, {"toko", "2000", "toko|2000", "k:tkoo|2000"}
        )
        other.partner_name = "Toko Sinar"
        self.env.flush_all()
        lead.partner_name = False
        self.env.flush_all()
        self.assertEqual(blocks(lead), [])
        # the fill at install (the table missing) gives what the trigger gave
        both = lead | other
        lead.partner_name = "CV Karya Putra"
        self.env.flush_all()
        kept = blocks(both)
        cr.execute("DROP TABLE crm_lead_company_token")
        self.env["crm.lead"]._similar_ensure_company_tokens()
        self.assertEqual(blocks(both), kept)
        # a trigger gone (dropped with a column) leaves the table out of date: it is filled afresh
        cr.execute("DROP TRIGGER crm_lead_company_token_sync ON crm_lead")
        cr.execute("DELETE FROM crm_lead_company_token WHERE lead_id = %s", [lead.id])
        self.env["crm.lead"]._similar_ensure_company_tokens()
        self.assertEqual(blocks(both), kept)
        # blocks cut by the function of an earlier version (18.0.1.7.0: no two words in a row) are cut
        # afresh when loading the module finds the function changed
        cr.execute(
            """CREATE OR REPLACE FUNCTION crm_lead_company_tokens(company_key text) RETURNS SETOF text
                   LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                       SELECT DISTINCT token
                         FROM regexp_split_to_table(crm_lead_spelling_key(company_key), ' ') AS word,
                              unnest(CASE WHEN length(word) >= 5
                                          THEN ARRAY[word, 'p:' || left(word, 3), 's:' || right(word, 3)]
                                          ELSE ARRAY[word] END) AS token
                        WHERE word != ''
                   $$;
               TRUNCATE crm_lead_company_token;
               INSERT INTO crm_lead_company_token (lead_id, token)
                    SELECT id, crm_lead_company_tokens(similar_company_key) FROM crm_lead
                     WHERE similar_company_key IS NOT NULL"""
        )
        self.assertNotIn((other.id, "toko|sinar"), blocks(both))
        self.env["crm.lead"]._similar_ensure_company_tokens()
        self.assertEqual(blocks(both), kept)
        # filled without its key and indexes, made again afterwards: a deleted lead's blocks go with it
        cr.execute(
            """SELECT indexname FROM pg_indexes WHERE tablename = 'crm_lead_company_token' ORDER BY 1"""
        )
        self.assertEqual(
            [row[0] for row in cr.fetchall()],
            ["crm_lead_company_token_lead_index", "crm_lead_company_token_pkey"],
        )
        other.unlink()
        self.assertEqual(blocks(both), [row for row in kept if row[0] == lead.id])
        self.env["crm.lead"]._similar_drop_company_tokens()
        cr.execute(
            """SELECT to_regclass('crm_lead_company_token'), to_regproc('crm_lead_company_tokens'),
                      to_regproc('crm_lead_spelling_key'),
                      to_regclass('crm_lead_company_letters'),
                      to_regclass(%s)""",
            [MAILBOX_INDEX],
        )
        self.assertEqual(cr.fetchone(), (None, None, None, None, None))

    def test_company_blocks_table_known_to_odoo(self):
        """The table of company-name blocks is a model's table: a tool that offers to drop the tables no model
        names (OCA's database_cleanup lists them so) leaves it alone, and leads can still be saved."""
        known = {model._table for model in self.env.registry.values() if not model._abstract}
        self.assertIn("crm_lead_company_token", known)
        self.assertIn("crm_lead_company_letters", known)
        self.assertEqual(self.env["ir.model"]._get("crm.lead.company.token").modules, "crm_lead_convert")
        self.assertEqual(self.env["ir.model"]._get("crm.lead.company.letters").modules, "crm_lead_convert")

    def test_trigram_threshold_given_back(self):
        """Similar Leads sets pg_trgm's threshold for its own query only: another module's fuzzy search in
        the same transaction keeps its own."""
        earlier, _other = self.env["crm.lead"].create(
            [
                {"name": "Kursi", "partner_name": "PT Maju Jaya Abadi"},
                {"name": "Rak", "partner_name": "PT Maju Sentosa Abadi"},
            ]
        )
        lead = self.env["crm.lead"].create({"name": "Meja", "partner_name": "PT. Maju Jaya Abadi"})
        self.env.cr.execute("SELECT set_config('pg_trgm.similarity_threshold', '0.3', true)")
        lead.invalidate_recordset(["duplicate_lead_ids"])
        # found through the trigram index, at the threshold Similar Leads sets, not the session's: a name
        # alike at 0.3 only is not even fetched
        self.assertIn(earlier, lead.duplicate_lead_ids)
        self.env.cr.execute("SELECT similarity('majujayaabadi', 'majusentosaabadi')")
        self.assertTrue(0.3 < self.env.cr.fetchone()[0] < COMPANY_TRIGRAM_THRESHOLD)
        self.assertEqual(lead._similar_lead_search()[1], {"company": earlier.ids})
        self.env.cr.execute("SELECT current_setting('pg_trgm.similarity_threshold')")
        self.assertEqual(self.env.cr.fetchone()[0], "0.3")

    def test_search_function_made_where_missing_or_outdated(self):
        """Code deployed without updating the module finds Similar Leads' search function made as it makes
        it when the registry loads: missing, outdated or of other arguments, it is made afresh."""
        cr = self.env.cr
        Lead = self.env["crm.lead"]
        lead, earlier = Lead.create(
            [
                {"name": "Kursi", "email_from": "budi@majujaya.co.id"},
                {"name": "Meja", "email_from": "budi@majujaya.co.id"},
            ]
        )

        def functions():
            cr.execute(
                """SELECT oid::regprocedure::text, obj_description(oid, 'pg_proc') FROM pg_proc
                    WHERE proname = 'crm_lead_similar_search'"""
            )
            return cr.fetchall()

        made = functions()
        self.assertEqual([digest for _function, digest in made], [SEARCH_FUNCTION_DIGEST])
        cr.execute(
            SQL(
                """DROP FUNCTION %s;
                   CREATE FUNCTION crm_lead_similar_search(searched integer) RETURNS integer LANGUAGE sql
                       AS 'SELECT 1'""",
                SQL(SEARCH_FUNCTION_SIGNATURE),
            )
        )
        Lead._register_hook()  # as the registry loading does
        self.assertEqual(functions(), made)
        cr.execute("SELECT to_regprocedure(%s)::oid", [SEARCH_FUNCTION_SIGNATURE])
        made_oid = cr.fetchone()[0]
        Lead._register_hook()  # up to date: left as it is
        cr.execute("SELECT to_regprocedure(%s)::oid", [SEARCH_FUNCTION_SIGNATURE])
        self.assertEqual(cr.fetchone()[0], made_oid)
        make_outdated(cr)
        Lead._register_hook()
        self.assertEqual(functions(), made)
        lead.invalidate_recordset()
        self.assertEqual(lead.duplicate_lead_ids, lead | earlier)
        # from before 18.0.1.28.0: without the table of company names the search reads, made with it
        named = Lead.create({"name": "Lemari", "partner_name": "PT Maju Jaya Abadi"})
        self.env.flush_all()
        cr.execute("DROP TABLE crm_lead_company_letters")
        make_outdated(cr)
        Lead._register_hook()
        cr.execute("SELECT letters FROM crm_lead_company_letters WHERE company_key = 'maju jaya abadi'")
        self.assertEqual(cr.fetchall(), [("mayuyayaabadi",)])
        # another key of the same letters: found through the filled table, not its own row
        other = Lead.create({"name": "Rak", "partner_name": "Majujaya Abadi"})
        self.assertIn(named, other.duplicate_lead_ids)

    def test_company_tables_kept_with_their_trigger(self):
        """Making the tables of company names again where they are (a module update, a deployment's first
        start) leaves the trigger that keeps them as it is: dropping it would stop every save of a lead until
        the update ends. Where it is missing, it is made, and a name saved since is in both tables."""
        cr = self.env.cr
        Lead = self.env["crm.lead"]

        def trigger_oid():
            cr.execute("SELECT oid FROM pg_trigger WHERE tgname = 'crm_lead_company_token_sync'")
            return cr.fetchone()

        kept = trigger_oid()
        self.assertTrue(kept)
        Lead._similar_ensure_company_tokens()
        self.assertEqual(trigger_oid(), kept)
        cr.execute("DROP TRIGGER crm_lead_company_token_sync ON crm_lead")
        Lead._similar_ensure_company_tokens()
        self.assertTrue(trigger_oid())
        lead = Lead.create({"name": "Kursi", "partner_name": "CV Sinar Terang Makmur"})
        self.env.flush_all()
        cr.execute(
            """SELECT (SELECT letters FROM crm_lead_company_letters
                        WHERE company_key = 'sinar terang makmur'),
                      (SELECT count(*) FROM crm_lead_company_token WHERE lead_id = %s) > 0""",
            [lead.id],
        )
        self.assertEqual(cr.fetchone(), ("sinarterangmakmur", True))

    def test_daily_count_adds_the_missing_company_keys(self):
        """A key missing from the table of letters (a refill that did not see a lead saved meanwhile) hides
        the lead from the names' trigram search: the daily count of the company words adds it, and only it;
        so with the blocks of a lead that has none."""
        cr = self.env.cr
        Lead = self.env["crm.lead"]
        lost = Lead.create({"name": "Kursi", "partner_name": "PT Sinar Terang Makmur"})
        lead = Lead.create({"name": "Meja", "partner_name": "PT Sinar Terrang Makmur"})
        self.env.flush_all()
        self.assertEqual(lead._similar_lead_search()[1], {"company": lost.ids})
        cr.execute("DELETE FROM crm_lead_company_letters WHERE company_key = 'sinar terang makmur'")
        self.assertEqual(lead._similar_lead_search()[1], {})
        cr.execute("SELECT count(*) FROM crm_lead_company_letters")
        held = cr.fetchone()[0]
        self.env["crm.lead.company.word"]._refresh()  # the daily scheduled action
        cr.execute("SELECT count(*) FROM crm_lead_company_letters")
        self.assertEqual(cr.fetchone()[0], held + 1)
        self.assertEqual(lead._similar_lead_search()[1], {"company": lost.ids})

        def blocks(lead):
            cr.execute(
                "SELECT token FROM crm_lead_company_token WHERE lead_id = %s ORDER BY token", [lead.id]
            )
            return cr.fetchall()

        kept = blocks(lost)
        self.assertIn(("sinar|terang",), kept)
        cr.execute("DELETE FROM crm_lead_company_token WHERE lead_id = %s", [lost.id])
        self.env["crm.lead.company.word"]._refresh()
        self.assertEqual(blocks(lost), kept)

    def test_one_worker_makes_the_search_function(self):
        """Several workers starting on code deployed without an update: the one that makes the search
        function holds a lock; another, meanwhile, leaves it to it instead of waiting for it."""
        cr = self.env.cr
        make_outdated(cr)
        with self.env.registry.cursor() as other_worker:
            other_worker.execute(SQL("SELECT pg_try_advisory_xact_lock(hashtext(%s))", REGISTER_LOCK))
            self.assertTrue(other_worker.fetchone()[0])
            with self.assertNoLogs("odoo.addons.crm_lead_convert.models.crm_lead_duplicates"):
                self.env["crm.lead"]._register_hook()
            other_worker.rollback()
        self.assertTrue(self.env["crm.lead"]._similar_search_function_outdated())
        with self.assertLogs("odoo.addons.crm_lead_convert.models.crm_lead_duplicates", "WARNING") as logs:
            self.env["crm.lead"]._register_hook()
        self.assertIn("update the module crm_lead_convert", logs.output[0])
        self.assertFalse(self.env["crm.lead"]._similar_search_function_outdated())
        cr.execute(SQL("SELECT obj_description(to_regprocedure(%s), 'pg_proc')", SEARCH_FUNCTION_SIGNATURE))
        self.assertEqual(cr.fetchone()[0], SEARCH_FUNCTION_DIGEST)
        cr.execute("SHOW lock_timeout")
        self.assertNotEqual(cr.fetchone()[0], REGISTER_LOCK_TIMEOUT)

    @mute_logger("odoo.sql_db")
    def test_a_start_that_waits_too_long_makes_nothing(self):
        """A deployment's first start that waits for a lock another transaction holds gives up after a few
        seconds and makes nothing, the search function included (without its tables it would fail on every
        lead): Similar Leads goes on as before, and the next start makes both."""
        cr = self.env.cr
        Lead = self.env["crm.lead"]
        lead, earlier = Lead.create(
            [
                {"name": "Kursi", "email_from": "budi@majujaya.co.id"},
                {"name": "Meja", "email_from": "budi@majujaya.co.id"},
            ]
        )
        self.env.flush_all()
        make_outdated(cr)
        with self.env.registry.cursor() as other:
            # another transaction reading the table of letters, which the refill must empty
            other.execute("LOCK TABLE crm_lead_company_letters IN ACCESS SHARE MODE")
            cr.execute("DROP TRIGGER crm_lead_company_token_sync ON crm_lead")  # the letters refilled
            with (
                patch.object(crm_lead_duplicates, "REGISTER_LOCK_TIMEOUT", "100ms"),
                self.assertLogs("odoo.addons.crm_lead_convert.models.crm_lead_duplicates", "WARNING") as logs,
            ):
                Lead._register_hook()
            other.rollback()
        self.assertIn("not made for this code", logs.output[0])
        self.assertIn("lock timeout", logs.output[0])
        self.assertTrue(Lead._similar_search_function_outdated())
        cr.execute("SELECT count(*) FROM pg_trigger WHERE tgname = 'crm_lead_company_token_sync'")
        self.assertEqual(cr.fetchone()[0], 0)
        lead.invalidate_recordset()
        self.assertEqual(lead.duplicate_lead_ids, lead | earlier)
        Lead._register_hook()
        self.assertFalse(Lead._similar_search_function_outdated())
        cr.execute("SELECT count(*) FROM pg_trigger WHERE tgname = 'crm_lead_company_token_sync'")
        self.assertEqual(cr.fetchone()[0], 1)

    def test_marks_and_merged_records_are_no_candidates(self):
        """The records marked as other prospects and those merged away are not even fetched."""
        lead, marked, kept, merged = self.env["crm.lead"].create(
            [{"name": name, "email_from": "budi@majujaya.co.id"} for name in ("A", "B", "C", "D")]
        )
        lead._mark_not_same_prospect(marked)
        (kept | merged).merge_opportunity(auto_unlink=False)
        self.assertEqual(merged.merged_into_id, kept)
        key, candidate_ids, keys, _frequencies = lead._similar_lead_search()
        self.assertEqual(key.email, "budi@majujaya.co.id")
        self.assertEqual(candidate_ids, {"email": [kept.id], "email_domain": [kept.id]})
        self.assertEqual([key.id for key in keys], [kept.id])
        self.assertEqual(lead.duplicate_lead_ids, lead | kept)


@tagged("post_install", "-at_install")
class TestSimilarLeadsPlaceholders(TransactionCase):
    """A company name that names no company ("-", "N/A", "Pribadi") is no company: two private persons who
    typed it are not alike for it."""

    def test_placeholders_are_not_alike(self):
        siti, fitri = self.env["crm.lead"].create(
            [
                {"name": "Kursi", "partner_name": "N/A", "contact_name": "Siti Lestari",
                 "email_from": "sitilestari@gmail.com", "phone": "+6281210407796"},
                {"name": "Meja", "partner_name": "N/A", "contact_name": "Fitri Hidayat",
                 "email_from": "fitri.hidayat@yahoo.com"},
            ]
        )  # fmt: skip
        self.assertFalse(siti.similar_company_key)
        self.assertNotIn(fitri, siti.duplicate_lead_ids)
        self.assertNotIn(siti, fitri.duplicate_lead_ids)

    def test_upgrade_forgets_placeholder_keys(self):
        """The 18.0.1.2.0 upgrade computes the company keys stored by an earlier version again."""
        private, shop = self.env["crm.lead"].create(
            [{"name": "Kursi", "partner_name": "Pribadi"}, {"name": "Meja", "partner_name": "H&M"}]
        )
        for lead, earlier_key in ((private, "pribadi"), (shop, "h m")):
            self.env.cr.execute(
                "UPDATE crm_lead SET similar_company_key = %s WHERE id = %s", [earlier_key, lead.id]
            )
        run_migration(self.env.cr, "18.0.1.2.0", "18.0.1.1.0")
        self.assertFalse(private.similar_company_key)
        self.assertEqual(shop.similar_company_key, "hm")

    def test_deleted_lead_is_missing(self):
        """A lead deleted meanwhile is missing, as the ORM says of any record, not a crash of the raw read."""
        lead = self.env["crm.lead"].create({"name": "Kursi", "partner_name": "PT Maju Jaya"})
        self.env.cr.execute("DELETE FROM crm_lead WHERE id = %s", [lead.id])
        lead.invalidate_recordset()
        with self.assertRaises(MissingError):
            lead._similar_lead_search()


@tagged("post_install", "-at_install")
class TestSimilarLeadsWrittenOut(TransactionCase):
    """A company name with "&" in words, a leading "The", a Dutch "van der" or another word shortened, or a
    department after it, is the same name."""

    def assert_pairs_similar(self, leads):
        """Assert that each two leads in a row, and no other, are each other's Similar Leads under one key."""
        for first, second in zip(leads[0::2], leads[1::2], strict=True):
            self.assertEqual(first.similar_company_key, second.similar_company_key)
            self.assertEqual(first.duplicate_lead_ids, first | second)
            self.assertEqual(second.duplicate_lead_ids, first | second)

    def test_written_out_names_are_similar(self):
        leads = self.env["crm.lead"].create(
            [
                {"name": "Offerte", "partner_name": "Jansen & Zonen B.V.", "contact_name": "Piet Jansen"},
                {"name": "Demo", "partner_name": "Jansen en Zonen", "contact_name": "Piet Jansen"},
                {"name": "Offerte", "partner_name": "Bouwbedrijf Van den Berg",
                 "contact_name": "Willem van der Meer"},
                {"name": "Demo", "partner_name": "Bouwbedrijf v.d. Berg", "contact_name": "W. vd Meer"},
                {"name": "Quote", "partner_name": "The Taylor Fabrication Company",
                 "contact_name": "John Smith"},
                {"name": "Demo", "partner_name": "Taylor Fabrication Ltd", "contact_name": "John Smith"},
            ]
        )  # fmt: skip
        self.assert_pairs_similar(leads)

    def test_a_department_after_the_name_or_a_word_shortened_is_the_same_company(self):
        """A department after the company name ("(Bagian Pengadaan)", "t.a.v. inkoop") is no word of it, and a
        shortened word ("Tk.") is the word written out: the leads are each other's Similar Leads, where the
        names they hold as typed differ."""
        leads = self.env["crm.lead"].create(
            [
                {"name": "Pengadaan", "partner_name": "PT. Sejahtera Raya Motor (Bagian Pengadaan)",
                 "contact_name": "Dewi Lestari"},
                {"name": "Servis", "partner_name": "PT Sejahtera Raya Motor", "contact_name": "Dewi Lestari"},
                {"name": "Emas", "partner_name": "Tk. Emas Abadi Mandiri", "contact_name": "Budi Santoso"},
                {"name": "Emas 2", "partner_name": "Toko Emas Abadi Mandiri", "contact_name": "Budi Santoso"},
                {"name": "Offerte", "partner_name": "De Boer B.V. t.a.v. inkoop", "contact_name": "Jan Smit"},
                {"name": "Offerte 2", "partner_name": "De Boer B.V.", "contact_name": "Jan Smit"},
            ]
        )  # fmt: skip
        self.assert_pairs_similar(leads)

    def test_upgrade_to_1_26_reads_names_without_their_department(self):
        """The 18.0.1.26.0 upgrade computes the company keys stored by an earlier version, which kept a
        department and shortened words as typed, again, and counts their words again."""
        lead = self.env["crm.lead"].create(
            {"name": "Offerte", "partner_name": "Gebr. Jansen B.V. - Afdeling Inkoop"}
        )
        self.assertEqual(lead.similar_company_key, "gebroeders jansen")
        self.env.cr.execute(
            "UPDATE crm_lead SET similar_company_key = %s WHERE id = %s",
            ["gebr jansen afdeling inkoop", lead.id],
        )
        lead.invalidate_recordset(["similar_company_key"])
        self.env["crm.lead.company.word"]._refresh()
        run_migration(self.env.cr, "18.0.1.26.0", "18.0.1.25.0")
        lead.invalidate_recordset(["similar_company_key"])
        self.assertEqual(lead.similar_company_key, "gebroeders jansen")
        self.assertFalse(self.env["crm.lead.company.word"].search_count([("word", "=", "afdeling")]))

    def test_upgrade_writes_names_alike(self):
        """The 18.0.1.6.0 upgrade computes the company keys stored by an earlier version again, counts their
        words again and makes the next duplicate scan a full one."""
        lead = self.env["crm.lead"].create({"name": "Offerte", "partner_name": "Jansen en Zonen B.V."})
        self.env.cr.execute(
            "UPDATE crm_lead SET similar_company_key = %s WHERE id = %s", ["jansen en zonen", lead.id]
        )
        self.env["crm.lead.company.word"]._refresh()
        self.env["ir.config_parameter"].set_param(
            "crm_lead_convert.duplicate_scan_last", "2026-11-30 12:00:00"
        )
        run_migration(self.env.cr, "18.0.1.6.0", "18.0.1.5.0")
        self.assertEqual(lead.similar_company_key, "jansen zonen")
        self.assertFalse(self.env["crm.lead.company.word"].search_count([("word", "=", "en")]))
        self.assertFalse(self.env["ir.config_parameter"].get_param("crm_lead_convert.duplicate_scan_last"))
