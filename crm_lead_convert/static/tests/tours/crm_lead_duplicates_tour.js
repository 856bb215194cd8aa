/** @odoo-module **/
/*
 * The review queue of Duplicates, walked by a CRM manager in Indonesian and in Dutch: find the duplicates,
 * open the surest group, and tell that its records are different prospects; merge another group from the
 * list, open it among the merged ones and undo its merge.
 * Steps named "screenshot" ask the test (tests/test_tours.py) for a picture of the page and wait for it.
 */
import {registry} from "@web/core/registry";
import {clickAndConfirm, openCrm, screenshot} from "@crm_lead_convert/../tests/tours/tour_utils";

/* What the manager reads, and the company names of the records the test creates, in each language. */
const QUEUES = {
    id: {
        duplicatesMenu: "Duplikat",
        findDuplicates: "Cari Duplikat",
        notDuplicates: "Bukan Duplikat",
        company: "PT Maju Jaya Abadi",
        merge: "Gabung",
        undoMerge: "Batalkan Penggabungan",
        toReview: "Untuk Ditinjau",
        merged: "Digabung",
        mergedCompany: "CV Sinar Terang",
    },
    nl: {
        duplicatesMenu: "Duplicaten",
        findDuplicates: "Duplicaten zoeken",
        notDuplicates: "Geen duplicaten",
        company: "Slagerij Hendriks B.V.",
        merge: "Samenvoegen",
        undoMerge: "Samenvoegen ongedaan maken",
        toReview: "Te beoordelen",
        merged: "Samengevoegd",
        mergedCompany: "Drukkerij Jansen V.O.F.",
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
        ...clickAndConfirm(
            `click ${text.notDuplicates}`,
            `.o_form_statusbar button[name='action_dismiss']:contains('${text.notDuplicates}')`
        ),
        {
            content: "the group is dismissed",
            trigger: `.o_form_statusbar .o_statusbar_status button.o_arrow_button_current:contains('${text.notDuplicates}')`,
        },
        {
            content: "back to the groups to review",
            trigger: ".o_breadcrumb .o_back_button",
            run: "click",
        },
        {
            content: "select the group of another prospect",
            trigger: `.o_list_view .o_data_row:contains('${text.mergedCompany}') .o_list_record_selector input`,
            run: "click",
        },
        ...clickAndConfirm(
            `click ${text.merge}`,
            `.o_list_selection_container button[name='action_merge']:contains('${text.merge}')`
        ),
        {
            content: "the merged group leaves the groups to review",
            trigger: `.o_list_view:not(:has(.o_data_row:contains('${text.mergedCompany}')))`,
        },
        {
            content: `show every group, not only those ${text.toReview}`,
            trigger: `.o_searchview_facet:contains('${text.toReview}') .o_facet_remove`,
            run: "click",
        },
        {
            content: "open the merged group",
            trigger: `.o_list_view .o_data_row:contains('${text.mergedCompany}') td[name='reason']`,
            run: "click",
        },
        {
            content: `the group is ${text.merged}`,
            trigger: `.o_form_statusbar .o_statusbar_status button.o_arrow_button_current:contains('${text.merged}')`,
        },
        ...screenshot("merged_group"),
        ...clickAndConfirm(
            `click ${text.undoMerge}`,
            `.o_form_statusbar button[name='action_undo_merge']:contains('${text.undoMerge}')`
        ),
        {
            content: `the group is ${text.toReview} again`,
            trigger: `.o_form_statusbar .o_statusbar_status button.o_arrow_button_current:contains('${text.toReview}')`,
        },
    ];
}

for (const lang of Object.keys(QUEUES)) {
    registry.category("web_tour.tours").add(`crm_lead_convert_duplicates_${lang}`, {
        url: "/odoo",
        steps: () => reviewQueue(lang),
    });
}
