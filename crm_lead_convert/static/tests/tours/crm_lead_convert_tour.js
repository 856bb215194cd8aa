/** @odoo-module **/
/*
 * The documented flow of "Convert leads into opportunities", walked as a salesperson does it, once in
 * Indonesian and once in Dutch: the texts checked are the ones the user reads in that language.
 * Steps named "screenshot" ask the test (tests/test_tours.py) for a picture of the page and wait for it.
 */
import {registry} from "@web/core/registry";
import {clickAndConfirm, openCrm, screenshot} from "@crm_lead_convert/../tests/tours/tour_utils";

/* What the user reads, and the records the test creates, in each language. */
const FLOWS = {
    id: {
        leadsSetting: "Prospek",
        leadsMenu: "Prospek",
        // one similar lead: the button says "Lead yang Mirip" (several: "Lead-Lead yang Mirip")
        similarLeads: "Lead yang Mirip",
        similarReason: "nama perusahaan",
        convertButton: "Konversi Menjadi Peluang",
        popupTitle: "Konversi menjadi peluang",
        createCustomer: "Buat pelanggan baru",
        linkCustomer: "Link ke pelanggan yang sudah ada",
        noCustomer: "Tidak hubungkan ke pelanggan",
        mergeChoice: "Gabung dengan peluang yang sudah ada",
        createOpportunity: "Buat Peluang",
        differingValues: "Nilai yang Berbeda",
        wonError: "probabilitas 100 % berarti berhasil",
        mergedTab: "Record yang Digabung",
        undoMerge: "Batalkan Penggabungan",
        myPipeline: "My Pipeline",
        leads: {
            first: "Kursi kantor 40 unit",
            similar: "Meja rapat 6 orang",
            newCustomer: "Rak arsip baja",
            existingCustomer: "Vitamin untuk apotek",
            noCustomer: "Pertanyaan dari situs web",
            won: "Meja berdiri (sudah berhasil)",
        },
        newCustomerName: "CV Sinar Terang",
        existingCustomerName: "Apotek Sehat Sentosa",
    },
    nl: {
        leadsSetting: "Leads",
        leadsMenu: "Leads",
        similarLeads: "Soortgelijke leads",
        similarReason: "bedrijfsnaam",
        convertButton: "Converteren naar verkoopkans",
        popupTitle: "Converteer naar verkoopkans",
        createCustomer: "Maak een nieuwe klant",
        linkCustomer: "Koppel aan een bestaande klant",
        noCustomer: "Koppel niet aan een klant",
        mergeChoice: "Samenvoegen met bestaande verkoopkansen",
        createOpportunity: "Maak verkoopkans",
        differingValues: "Verschillende waarden",
        wonError: "een kans van 100 % betekent gewonnen",
        mergedTab: "Samengevoegde records",
        undoMerge: "Samenvoegen ongedaan maken",
        myPipeline: "Mijn pijplijn",
        leads: {
            first: "Bureaustoelen 40 stuks",
            similar: "Vergadertafel voor 6",
            newCustomer: "Stalen archiefkast",
            existingCustomer: "Vitamines voor de apotheek",
            noCustomer: "Vraag via de website",
            won: "Statafels (al gewonnen)",
        },
        newCustomerName: "Drukkerij Jansen V.O.F.",
        existingCustomerName: "Apotheek De Linde",
    },
};

function openLead(text, name) {
    return [
        {
            content: `open the Leads menu (${text.leadsMenu})`,
            trigger: `.o_main_navbar [data-menu-xmlid='crm.crm_menu_leads']:contains('${text.leadsMenu}')`,
            run: "click",
        },
        {
            content: `open the lead ${name}`,
            trigger: `.o_list_view .o_data_row td[name='name']:contains('${name}')`,
            run: "click",
        },
        {
            content: "the lead form is open",
            trigger: `.o_form_view .o_field_widget[name='name'] textarea:value('${name}')`,
        },
    ];
}

function clickConvert(text) {
    return {
        content: `click ${text.convertButton}`,
        trigger: `.o_form_statusbar button:contains('${text.convertButton}')`,
        run: "click",
    };
}

function convert(text, name, customerChoice, extraSteps = []) {
    return [
        ...openLead(text, name),
        clickConvert(text),
        {
            content: "the Convert to opportunity pop-up opens",
            trigger: `.modal .modal-title:contains('${text.popupTitle}')`,
        },
        {
            content: "conversion action: convert",
            trigger: ".modal .o_field_widget[name='name'] input[data-value='convert']",
            run: "check",
        },
        {
            content: `customer: ${customerChoice}`,
            trigger: `.modal .o_field_widget[name='action'] .o_radio_item:contains('${customerChoice}') input`,
            run: "check",
        },
        ...extraSteps,
        {
            content: "the pop-up is ready (nothing being edited)",
            trigger: ".modal .modal-title",
            run: "click",
        },
        ...(customerChoice === text.createCustomer ? screenshot("convert_popup") : []),
        {
            content: `click ${text.createOpportunity}`,
            trigger: `.modal footer button[name='action_apply']:contains('${text.createOpportunity}')`,
            run: "click",
        },
        {
            content: "the opportunity opens, in a pipeline stage",
            trigger: "body:not(:has(.modal)) .o_form_view .o_field_widget[name='stage_id'] .o_arrow_button_current",
        },
        {
            content: "it is the converted lead",
            trigger: `.o_form_view .o_field_widget[name='name'] textarea:value('${name}')`,
        },
    ];
}

function documentedFlow(lang) {
    const text = FLOWS[lang];
    const leads = text.leads;
    return [
        ...openCrm(),
        // A lead, its Similar Leads, and why they are similar.
        ...openLead(text, leads.similar),
        {
            content: `the ${text.similarLeads} smart button counts the one similar lead`,
            trigger: `button[name='action_show_potential_duplicates']:contains('${text.similarLeads}') .o_stat_value`,
            run() {
                if (this.anchor.textContent.trim() !== "1") {
                    throw new Error(`Similar Leads counts ${this.anchor.textContent.trim()}, not 1`);
                }
            },
        },
        ...screenshot("lead_form"),
        {
            content: `open ${text.similarLeads}`,
            trigger: "button[name='action_show_potential_duplicates']",
            run: "click",
        },
        {
            content: "the earlier lead is listed, with the reason it matched",
            trigger: `.o_list_view .o_data_row:contains('${leads.first}'):contains('${text.similarReason}')`,
        },
        ...screenshot("similar_leads"),
        {
            content: "back to the lead",
            trigger: ".o_breadcrumb .breadcrumb-item:last-child a",
            run: "click",
        },
        // Convert, with each of the three customer options.
        ...convert(text, leads.newCustomer, text.createCustomer),
        {
            content: "a new customer was created from the lead",
            trigger: `.o_form_view .o_field_widget[name='partner_id'] input:value('${text.newCustomerName}')`,
        },
        ...convert(text, leads.existingCustomer, text.linkCustomer, [
            {
                content: "choose the existing customer",
                trigger: ".modal .o_field_widget[name='partner_id'] input",
                run: `edit ${text.existingCustomerName}`,
            },
            {
                content: "pick it in the list",
                trigger: `.o-autocomplete--dropdown-item:contains('${text.existingCustomerName}')`,
                run: "click",
            },
        ]),
        {
            content: "the opportunity is linked to the existing customer",
            trigger: `.o_form_view .o_field_widget[name='partner_id'] input:value('${text.existingCustomerName}')`,
        },
        ...convert(text, leads.noCustomer, text.noCustomer),
        {
            content: "the opportunity has no customer",
            trigger: ".o_form_view .o_field_widget[name='partner_id'] input",
            run() {
                if (this.anchor.value) {
                    throw new Error(`the opportunity is linked to ${this.anchor.value}`);
                }
            },
        },
        // A lead at 100 % cannot be converted.
        ...openLead(text, leads.won),
        clickConvert(text),
        {
            content: "the error says why, in the user's language",
            trigger: `.modal:contains('${text.wonError}')`,
        },
        ...screenshot("won_error"),
        {
            content: "close the error",
            trigger: ".modal .modal-footer .btn-primary",
            run: "click",
        },
        {
            content: "the error is closed",
            trigger: "body:not(:has(.modal))",
        },
        // Merge with the similar lead, then undo the merge.
        ...openLead(text, leads.similar),
        clickConvert(text),
        {
            content: `conversion action: ${text.mergeChoice}`,
            trigger: `.modal .o_field_widget[name='name'] .o_radio_item:contains('${text.mergeChoice}') input`,
            run: "check",
        },
        {
            content: "the earlier lead is in the list of records to merge",
            trigger: `.modal .o_field_widget[name='duplicated_lead_ids'] .o_data_row:contains('${leads.first}')`,
        },
        {
            content: "the values that differ are shown, to choose from",
            trigger: `.modal .o_horizontal_separator:contains('${text.differingValues}')`,
            run() {
                this.anchor.scrollIntoView({block: "start"});
            },
        },
        ...screenshot("merge_popup"),
        {
            content: `click ${text.createOpportunity}`,
            trigger: `.modal footer button[name='action_apply']`,
            run: "click",
        },
        {
            content: "the earliest-created record survives and lists the merged one",
            trigger: `body:not(:has(.modal)) .o_form_view .o_field_widget[name='name'] textarea:value('${leads.first}')`,
        },
        {
            content: `the ${text.mergedTab} tab`,
            trigger: `.o_notebook .nav-link:contains('${text.mergedTab}')`,
            run: "click",
        },
        {
            content: "the merged lead is listed",
            trigger: `.o_field_widget[name='merged_lead_ids'] .o_data_row:contains('${leads.similar}')`,
        },
        ...screenshot("merged"),
        ...clickAndConfirm(
            `click ${text.undoMerge}`,
            `.o_form_statusbar button[name='action_undo_merge']:contains('${text.undoMerge}')`
        ),
        {
            content: "the merge is undone: no Undo Merge button any more",
            trigger: "body:not(:has(.modal)) .o_form_view .o_form_statusbar:not(:has(button[name='action_undo_merge']))",
        },
        {
            content: "the merge is undone: no merged records any more",
            trigger: `body:not(:has(.modal)) .o_form_view .o_notebook:not(:has(.nav-link:contains('${text.mergedTab}')))`,
        },
        ...openLead(text, leads.similar),
        ...screenshot("undone"),
        // The converted leads are in My Pipeline.
        {
            content: "open the Sales menu",
            trigger: ".o_main_navbar [data-menu-xmlid='crm.crm_menu_sales']",
            run: "click",
        },
        {
            content: `open ${text.myPipeline}`,
            trigger: `.dropdown-item[data-menu-xmlid='crm.menu_crm_opportunities']:contains('${text.myPipeline}')`,
            run: "click",
        },
        {
            content: "the converted opportunities are in My Pipeline",
            trigger: `.o_kanban_view:contains('${leads.newCustomer}'):contains('${leads.existingCustomer}'):contains('${leads.noCustomer}')`,
        },
        ...screenshot("my_pipeline"),
    ];
}

function enableLeads(lang) {
    const text = FLOWS[lang];
    return [
        ...openCrm(),
        {
            content: "open the Configuration menu",
            trigger: ".o_main_navbar [data-menu-xmlid='crm.crm_menu_config']",
            run: "click",
        },
        {
            content: "open Settings",
            trigger: ".dropdown-item[data-menu-xmlid='crm.crm_config_settings_menu']",
            run: "click",
        },
        {
            content: "the CRM has no Leads menu yet",
            trigger: ".o_main_navbar:not(:has([data-menu-xmlid='crm.crm_menu_leads']))",
        },
        {
            content: `check ${text.leadsSetting}`,
            trigger: `#crm_lead:contains('${text.leadsSetting}') input[type='checkbox']`,
            run: "check",
        },
        ...screenshot("settings_leads"),
        {
            content: "save",
            trigger: ".o_control_panel .o_form_button_save",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: `the ${text.leadsMenu} menu is there`,
            trigger: `.o_main_navbar [data-menu-xmlid='crm.crm_menu_leads']:contains('${text.leadsMenu}')`,
        },
    ];
}

for (const lang of Object.keys(FLOWS)) {
    registry.category("web_tour.tours").add(`crm_lead_convert_enable_leads_${lang}`, {
        url: "/odoo",
        steps: () => enableLeads(lang),
    });
    registry.category("web_tour.tours").add(`crm_lead_convert_documented_flow_${lang}`, {
        url: "/odoo",
        steps: () => documentedFlow(lang),
    });
}
