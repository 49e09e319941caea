package com.empathyevidence.workbench;

import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.EvidenceKind;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.LinkTarget;
import com.empathyevidence.domain.MapItem;
import com.empathyevidence.domain.NewEvidence;
import com.empathyevidence.domain.Persona;
import com.empathyevidence.domain.Relation;
import com.empathyevidence.domain.Section;
import com.empathyevidence.domain.Source;
import com.empathyevidence.domain.SourceKind;
import java.time.LocalDate;

/**
 * Demo data for a first start: four personas, realistic quotes and observations (some fresh, some aging, some
 * stale), linked to the demo issues so every state of the panel and the map can be seen.
 */
public final class DemoData {

    private final EvidenceStore store;
    private final LocalDate today;

    public DemoData(EvidenceStore store, LocalDate today) {
        this.store = store;
        this.today = today;
    }

    public void seed() {
        store.savePersona(new Persona("ACCOUNTANT", "Amira, the small-practice accountant",
                "Runs a three-person practice and closes the books for about 40 small businesses every month."));
        store.savePersona(new Persona("OPS-MANAGER", "Owen, the operations manager",
                "Approves spending and watches cash flow for a 60-person logistics company."));
        store.savePersona(new Persona("FREELANCER", "Fatima, the freelance designer",
                "Sends her own invoices between client projects, usually late in the evening."));

        store.savePersona(new Persona("COLLECTIONS", "Carmen, the credit controller",
                "Chases overdue invoices for a wholesaler; every piece of research about her sits in the Billing project."));

        Evidence rekey = quote("I re-key every single line of the bank statement. Forty clients, every month. It's the part of the job I hate.",
                Section.PAINS, SourceKind.INTERVIEW, "Accountant interviews, autumn round", "https://research.example.com/recordings/acc-07", 1312,
                "P-014", "3-person practice", "ACCOUNTANT", "DEMO", 21);
        Evidence csvTest = observation("4 of 5 participants looked for an 'Import' button on the bank reconciliation screen within the first minute.",
                Section.DOES, SourceKind.USABILITY_TEST, "Reconciliation prototype test", "https://research.example.com/tests/recon-proto", null,
                "P-021", "Sole practitioner", "ACCOUNTANT", "DEMO", 40);
        Evidence ticket = quote("Is there really no way to upload the statement file? My bank gives me a CSV.",
                Section.SAYS, SourceKind.SUPPORT_TICKET, "Ticket SUP-5531", "https://support.example.com/tickets/5531", null,
                "P-030", "Mid-size practice", "ACCOUNTANT", "DEMO", 150);
        Evidence analytics = observation("Median time on the manual bank-entry screen: 47 minutes per client per month.",
                Section.DOES, SourceKind.USAGE_ANALYTICS, "Product analytics, Q2", null, null,
                null, null, "ACCOUNTANT", "DEMO", 130);
        Evidence pdfs = quote("Honestly most of my clients just forward me PDFs. A CSV import wouldn't help with those.",
                Section.SAYS, SourceKind.SURVEY, "Accountant survey 2026", null, null,
                "P-045", "Sole practitioner", "ACCOUNTANT", "DEMO", 60);
        Evidence salesCall = quote("The deal hinges on bank import. Their finance team won't switch without it.",
                Section.HEARS, SourceKind.SALES_CALL, "Call with Northwind Finance", null, null,
                "P-051", "Enterprise prospect", "ACCOUNTANT", "BILL", 25);
        Evidence lostWork = quote("I spent half an hour on an invoice, the session timed out and it was all gone. I nearly cried.",
                Section.FEELS, SourceKind.USABILITY_TEST, "Invoice editor test", "https://research.example.com/tests/invoice-editor", 845,
                "P-033", "Freelance designer", "FREELANCER", "DEMO", 30);
        Evidence lostTicket = quote("Your app ate my invoice again. Please save drafts!",
                Section.PAINS, SourceKind.SUPPORT_TICKET, "Ticket SUP-6120", "https://support.example.com/tickets/6120", null,
                "P-036", "Freelance photographer", "FREELANCER", "DEMO", 165);
        Evidence oldDraftTest = observation("2 of 6 participants lost a draft when the browser tab closed.",
                Section.DOES, SourceKind.USABILITY_TEST, "Invoice editor test 2023", null, null,
                "P-012", "Freelance designer", "FREELANCER", "DEMO", 800);
        Evidence pdfOld = quote("The invoice looks a bit old-fashioned, but nobody has ever complained about it.",
                Section.THINKS, SourceKind.INTERVIEW, "Freelancer interviews 2024", null, null,
                "P-033", "Freelance designer", "FREELANCER", "DEMO", 520);
        Evidence pdfSurvey = observation("12 % of respondents rated the invoice design as a reason to recommend us.",
                Section.GAINS, SourceKind.SURVEY, "NPS survey 2024", null, null,
                null, null, "FREELANCER", "DEMO", 430);
        Evidence vat1 = quote("Every quarter I rebuild the VAT breakdown per rate in a spreadsheet, because the invoice only shows the total.",
                Section.PAINS, SourceKind.INTERVIEW, "Accountant interviews, autumn round", null, null,
                "P-021", "Sole practitioner", "ACCOUNTANT", "DEMO", 35);
        Evidence vat2 = observation("Copied VAT totals from six invoices into a spreadsheet by hand during the session.",
                Section.DOES, SourceKind.FIELD_OBSERVATION, "Site visit, sole practitioner", null, null,
                "P-021", "Sole practitioner", "ACCOUNTANT", "DEMO", 34);
        Evidence dunning = quote("We left because our Spanish customers got reminders in English and thought it was spam.",
                Section.SAYS, SourceKind.CHURN_INTERVIEW, "Churn interviews", null, null,
                "P-058", "Retail chain", "OPS-MANAGER", "BILL", 45);
        Evidence dunningTicket = quote("Can the payment reminder use the customer's language? Half our customers are in France.",
                Section.GOALS, SourceKind.SUPPORT_TICKET, "Ticket SUP-6007", null, null,
                "P-040", "Retail chain", "OPS-MANAGER", "BILL", 70);
        Evidence oneSitting = quote("I want to close a client's month in one sitting, not three.",
                Section.GOALS, SourceKind.INTERVIEW, "Accountant interviews, autumn round", null, null,
                "P-014", "3-person practice", "ACCOUNTANT", "DEMO", 21);
        Evidence tieOut = quote("If the numbers don't tie out I assume it's my mistake and start over.",
                Section.THINKS, SourceKind.INTERVIEW, "Accountant interviews, autumn round", null, null,
                "P-030", "Mid-size practice", "ACCOUNTANT", "DEMO", 300);
        observation("Keeps a paper checklist of which clients are done this month taped to her monitor.",
                Section.SEES, SourceKind.FIELD_OBSERVATION, "Site visit, 3-person practice", null, null,
                "P-014", "3-person practice", "ACCOUNTANT", "DEMO", 200);
        quote("When everything reconciles on the first try, that's a good day.",
                Section.GAINS, SourceKind.INTERVIEW, "Accountant interviews 2024", null, null,
                "P-009", "3-person practice", "ACCOUNTANT", "DEMO", 480);
        Evidence friday = quote("Approving 200 expense claims one at a time takes my whole Friday.",
                Section.PAINS, SourceKind.INTERVIEW, "Ops manager interviews", null, null,
                "P-007", "Logistics SME", "OPS-MANAGER", "DEMO", 90);

        Evidence chasing = quote("I keep a spreadsheet of who promised to pay when, because the reminders don't remember.",
                Section.PAINS, SourceKind.INTERVIEW, "Credit controller interviews", null, null,
                "P-062", "Wholesaler", "COLLECTIONS", "BILL", 50);
        Evidence calls = observation("Made 14 reminder calls in one hour, reading amounts off a printed aged-debt report.",
                Section.DOES, SourceKind.FIELD_OBSERVATION, "Site visit, wholesaler", null, null,
                "P-062", "Wholesaler", "COLLECTIONS", "BILL", 48);
        item("COLLECTIONS", Section.PAINS, "Tracks payment promises outside the product", chasing);
        item("COLLECTIONS", Section.DOES, "Works from a printed aged-debt report", calls);

        store.retire(oldDraftTest.id(), "Superseded by the 2026 invoice editor test", lostWork.id(), "pm");
        store.reconfirm(tieOut.id(), today.minusDays(20), "Heard the same in three calls this month", "pm");

        item("ACCOUNTANT", Section.PAINS, "Re-keys every bank statement line by hand", rekey, ticket, analytics);
        item("ACCOUNTANT", Section.PAINS, "Rebuilds the VAT breakdown in a spreadsheet every quarter", vat1, vat2);
        item("ACCOUNTANT", Section.PAINS, "Loses track of which clients are closed this month");
        item("ACCOUNTANT", Section.GOALS, "Close a client's month in one sitting", oneSitting);
        item("ACCOUNTANT", Section.THINKS, "Assumes a mismatch is her own mistake", tieOut);
        item("ACCOUNTANT", Section.DOES, "Looks for an import button before anything else", csvTest);
        item("ACCOUNTANT", Section.FEELS, "Dreads month end");
        MapItem fearsLoss = item("FREELANCER", Section.FEELS, "Fears losing unsaved work", lostWork, lostTicket);
        item("FREELANCER", Section.PAINS, "Chases late payments herself");
        item("OPS-MANAGER", Section.PAINS, "Approves expense claims one at a time", friday);
        item("OPS-MANAGER", Section.PAINS, "Customers ignore reminders in the wrong language", dunning, dunningTicket);

        link("DEMO-1", rekey, Relation.ADDRESSES, "Core pain behind the story");
        link("DEMO-1", csvTest, Relation.SUPPORTS, null);
        link("DEMO-1", ticket, Relation.SUPPORTS, null);
        link("DEMO-1", analytics, Relation.SUPPORTS, null);
        link("DEMO-1", pdfs, Relation.CONTRADICTS, "Most inputs may be PDFs, not CSV");
        link("DEMO-1", salesCall, Relation.SUPPORTS, "Enterprise deal");
        store.link("DEMO-2", LinkTarget.mapItem(fearsLoss.id()), Relation.ADDRESSES, "pm", "The pain this story removes");
        link("DEMO-2", oldDraftTest, Relation.SUPPORTS, null);
        link("DEMO-4", pdfOld, Relation.SUPPORTS, null);
        link("DEMO-4", pdfSurvey, Relation.SUPPORTS, null);
        link("DEMO-5", vat1, Relation.ADDRESSES, null);
        link("DEMO-5", vat2, Relation.SUPPORTS, null);
        link("BILL-1", dunning, Relation.ADDRESSES, null);
        link("BILL-1", dunningTicket, Relation.SUPPORTS, null);
    }

    private Evidence quote(String text, Section section, SourceKind kind, String title, String link, Integer moment,
                           String alias, String segment, String persona, String project, int daysAgo) {
        return create(text, EvidenceKind.QUOTE, section, kind, title, link, moment, alias, segment, persona, project, daysAgo);
    }

    private Evidence observation(String text, Section section, SourceKind kind, String title, String link, Integer moment,
                                 String alias, String segment, String persona, String project, int daysAgo) {
        return create(text, EvidenceKind.OBSERVATION, section, kind, title, link, moment, alias, segment, persona, project, daysAgo);
    }

    private Evidence create(String text, EvidenceKind kind, Section section, SourceKind sourceKind, String title, String link,
                            Integer moment, String alias, String segment, String persona, String project, int daysAgo) {
        return store.createEvidence(new NewEvidence(text, kind, section, new Source(sourceKind, title, link, moment), alias,
                segment, persona, project, today.minusDays(daysAgo), "pm"));
    }

    private void link(String issueKey, Evidence evidence, Relation relation, String note) {
        store.link(issueKey, LinkTarget.evidence(evidence.id()), relation, "pm", note);
    }

    private MapItem item(String persona, Section section, String statement, Evidence... backing) {
        MapItem item = store.createMapItem(persona, section, statement);
        for (Evidence e : backing) {
            store.back(item.id(), e.id());
        }
        return item;
    }
}
