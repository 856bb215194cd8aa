/** @odoo-module **/
/*
 * The review queue of Duplicates, walked by a CRM manager in Indonesian and in Dutch: find the duplicates,
 * open the surest group, and tell that its records are different prospects.
 * Steps named "screenshot" ask the test (tests/test_tours.py) for a picture of the page and wait for it.
 */
import {registry} from "@web/core/registry";
import {openCrm, screenshot} from "@crm_lead_convert/../tests/tours/tour_utils";

/* What the manager reads, and the company names of the records the test creates, in each language. */
const QUEUES = {
    id: {
        duplicatesMenu: "Duplikat",
        findDuplicates: "Cari Duplikat",
        notDuplicates: "Bukan Duplikat",
        company: "PT Maju Jaya Abadi",
    },
    nl: {
        duplicatesMenu: "Duplicaten",
        findDuplicates: "Duplicaten zoeken",
        notDuplicates: "Geen duplicaten",
        company: "Slagerij Hendriks B.V.",
    },
};

function reviewQueue(lang) {
    const text = QUEUES[lang];
    return [
        ...openCrm(),
        {
            content: "open the Sales menu",
            trigger: ".o_main_navbar [data-menu-xmlid='crm.crm_menu_sales']",
            run: "click",
        },
        {
            content: `open ${text.duplicatesMenu}`,
            trigger: `.dropdown-item[data-menu-xmlid='crm_lead_convert.crm_lead_duplicate_group_menu']:contains('${text.duplicatesMenu}')`,
            run: "click",
        },
        {
            content: `click ${text.findDuplicates}`,
            trigger: `.o_list_view .o_control_panel button:contains('${text.findDuplicates}'), .o_control_panel button:contains('${text.findDuplicates}')`,
            run: "click",
        },
        {
            content: "the group of the two records is listed, with why",
            trigger: `.o_list_view .o_data_row:contains('${text.company}')`,
        },
        ...screenshot("duplicates"),
        {
            content: "open the group",
            trigger: `.o_list_view .o_data_row:contains('${text.company}') td[name='reason']`,
            run: "click",
        },
        {
            content: "the group shows its records",
            trigger: `.o_form_view .o_field_widget[name='lead_ids'] .o_data_row:contains('${text.company}')`,
        },
        ...screenshot("duplicate_group"),
        {
            content: `click ${text.notDuplicates}`,
            trigger: `.o_form_statusbar button[name='action_dismiss']:contains('${text.notDuplicates}')`,
            run: "click",
        },
        {
            content: "the group is dismissed",
            trigger: `.o_form_statusbar .o_statusbar_status button.o_arrow_button_current:contains('${text.notDuplicates}')`,
        },
    ];
}

for (const lang of Object.keys(QUEUES)) {
    registry.category("web_tour.tours").add(`crm_lead_convert_duplicates_${lang}`, {
        url: "/odoo",
        steps: () => reviewQueue(lang),
    });
}
