/** @odoo-module **/
/*
 * What the tours of crm_lead_convert share: opening the CRM app, and asking the test (tests/test_tours.py)
 * for a screenshot of the page, waiting until it is taken.
 */
import {stepUtils} from "@web_tour/tour_service/tour_utils";

const SCREENSHOT_SIGNAL = "crm_lead_convert screenshot:";

export function screenshot(name) {
    return [
        {
            content: `screenshot: ${name}`,
            trigger: "body:not(:has(.o_loading_indicator))",
            run() {
                console.log(`${SCREENSHOT_SIGNAL} ${name}`);
            },
        },
        {
            content: `screenshot saved: ${name}`,
            trigger: `body[data-crm-lead-convert-shot='${name}']`,
        },
    ];
}

export function openCrm() {
    return [
        stepUtils.showAppsMenuItem(),
        {
            content: "open the CRM app",
            trigger: ".o_app[data-menu-xmlid='crm.crm_menu_root']",
            run: "click",
        },
    ];
}

/* Click the button ``trigger`` finds, then OK in the dialog asking to confirm. */
export function clickAndConfirm(content, trigger) {
    return [
        {content, trigger, run: "click"},
        {
            content: `confirm: ${content}`,
            trigger: ".modal .modal-footer .btn-primary",
            run: "click",
        },
    ];
}
