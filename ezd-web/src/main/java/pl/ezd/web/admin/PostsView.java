package pl.ezd.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import pl.ezd.organization.boundary.AdminViews.EmployeeView;
import pl.ezd.organization.boundary.AdminViews.PostView;
import pl.ezd.organization.boundary.AdminViews.UnitView;
import pl.ezd.organization.boundary.StaffAdministration;
import pl.ezd.organization.entity.Role;

/** Posts (stanowiska) with their roles: grant one to an employee in a unit, change its roles, end it. */
@Named
@ViewScoped
public class PostsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffAdministration administration;

    @Inject
    Refusals refusals;

    private List<PostView> posts;
    private List<EmployeeView> employees;
    private List<UnitView> units;
    private Long employeeId;
    private Long unitId;
    private String title;
    private Role[] roles = new Role[0];
    private LocalDate validFrom;
    private PostView selected;
    private Role[] changedRoles = new Role[0];
    private LocalDate lastDay;

    public List<PostView> getPosts() {
        if (posts == null) {
            posts = administration.posts();
        }
        return posts;
    }

    public List<EmployeeView> getEmployees() {
        if (employees == null) {
            employees = administration.employees().stream().filter(EmployeeView::active).toList();
        }
        return employees;
    }

    public List<UnitView> getUnits() {
        if (units == null) {
            units = administration.units().stream().filter(u -> u.validTo() == null || !u.validTo().isBefore(today())).toList();
        }
        return units;
    }

    public List<Role> getGrantableRoles() {
        return List.copyOf(EnumSet.complementOf(EnumSet.of(Role.REGION_ADMIN)));
    }

    public boolean ended(PostView post) {
        return post.validTo() != null && post.validTo().isBefore(today());
    }

    public void grant() {
        if (refusals.attempt("post-form", () -> {
            PostView granted = administration.grantPost(new StaffAdministration.NewPost(employeeId, unitId, title, Set.of(roles), validFrom));
            refusals.done("posts.done.granted", granted.employeeName(), granted.title(), granted.unitSymbol());
        })) {
            employeeId = unitId = null;
            title = null;
            roles = new Role[0];
            validFrom = null;
            posts = null;
        }
    }

    public void prepare(PostView post) {
        selected = post;
        changedRoles = post.roles().toArray(Role[]::new);
        lastDay = today();
    }

    public void changeRoles() {
        if (selected != null && refusals.attempt("roles-form", () -> administration.changeRoles(selected.id(), Set.of(changedRoles)))) {
            refusals.done("posts.done.roles", selected.employeeName(), selected.title());
            posts = null;
        }
    }

    public void end() {
        if (selected != null && refusals.attempt("end-post-form", () -> administration.endPost(selected.id(), lastDay))) {
            refusals.done("posts.done.ended", selected.employeeName(), selected.title());
            posts = null;
        }
    }

    private static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Europe/Warsaw"));
    }

    public Long getEmployeeId() {
        return employeeId;
    }

    public void setEmployeeId(Long employeeId) {
        this.employeeId = employeeId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles == null ? new Role[0] : roles;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public PostView getSelected() {
        return selected;
    }

    public Role[] getChangedRoles() {
        return changedRoles;
    }

    public void setChangedRoles(Role[] changedRoles) {
        this.changedRoles = changedRoles == null ? new Role[0] : changedRoles;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }
}
