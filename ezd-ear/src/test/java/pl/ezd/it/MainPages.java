package pl.ezd.it;

import java.util.List;

/**
 * The main pages of the screens, each with the demo user who works on it and the id of an element
 * that shows the page is ready. The accessibility check and the screenshots go through this list:
 * a new screen is one line here.
 */
final class MainPages {

    /** A page: {@code user} null for the login page (nobody logged in). */
    record Page(String name, String path, String user, String readyId) {
    }

    static final List<Page> ALL = List.of(
            new Page("login", "login.xhtml", null, "login-form"),
            new Page("inbox-clerk", "workflow/inbox.xhtml", "referent", "inbox-form:tasks"),
            new Page("inbox-head", "workflow/inbox.xhtml", "kierownik", "inbox-form:tasks"),
            new Page("inbox-registry", "workflow/inbox.xhtml", "kancelaria", "inbox-form:tasks"),
            new Page("registry-register", "registry/register.xhtml", "kancelaria", "register-form"),
            new Page("registry-incoming", "registry/incoming.xhtml", "kancelaria", "incoming-form:items"),
            new Page("registry-dispatch", "registry/dispatch.xhtml", "kancelaria", "queue-form:queue"),
            new Page("registry-outgoing", "registry/outgoing.xhtml", "kancelaria", "outgoing-form:outgoing"),
            new Page("my-cases", "cases/mine.xhtml", "referent", "mine-form:cases"),
            new Page("dashboard", "dashboard/dashboard.xhtml", "kierownik", "incoming-table"),
            new Page("admin-organizations", "admin/organizations.xhtml", "admin.regionu", "organizations-form:organizations"),
            new Page("admin-units", "admin/units.xhtml", "admin", "units-form:units"),
            new Page("admin-posts", "admin/posts.xhtml", "admin", "posts-form:posts"),
            new Page("admin-employees", "admin/employees.xhtml", "admin", "employees-form:employees"),
            new Page("admin-substitutions", "admin/substitutions.xhtml", "admin", "substitutions-form:substitutions"),
            new Page("admin-jrwa", "admin/jrwa.xhtml", "admin", "jrwa-form:versions"),
            new Page("admin-routing", "admin/routing.xhtml", "admin", "rules"),
            new Page("admin-approval-chains", "admin/approval-chains.xhtml", "admin", "chain-form:steps"),
            new Page("epuap-attention", "epuap/attention.xhtml", "kancelaria", "attention-form:documents"),
            new Page("epuap-import", "epuap/import.xhtml", "kancelaria", "import-form"),
            new Page("epuap-inbox", "epuap/inbox.xhtml", "admin", "counts"),
            new Page("epuap-region", "epuap/region.xhtml", "admin.regionu", "region-form:organizations"));

    private MainPages() {
    }
}
