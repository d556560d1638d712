package pl.ezd.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import pl.ezd.organization.boundary.AdminViews.EmployeeView;
import pl.ezd.organization.boundary.AdminViews.UnitView;
import pl.ezd.organization.boundary.StaffAdministration;
import pl.ezd.organization.entity.Role;

/** The organisation's employees: add one with a login and a first post, block or unblock the account, give a new password. */
@Named
@ViewScoped
public class EmployeesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffAdministration administration;

    @Inject
    Refusals refusals;

    private List<EmployeeView> employees;
    private List<UnitView> units;
    private String firstName;
    private String lastName;
    private String email;
    private String username;
    private String password;
    private Long unitId;
    private String title;
    private Role[] roles = new Role[0];
    private java.time.LocalDate postFrom;
    private EmployeeView selected;
    private String newPassword;

    public List<EmployeeView> getEmployees() {
        if (employees == null) {
            employees = administration.employees();
        }
        return employees;
    }

    /** Units still working, to give a first post in. */
    public List<UnitView> getUnits() {
        if (units == null) {
            units = administration.units().stream().filter(u -> u.validTo() == null
                    || !u.validTo().isBefore(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Warsaw")))).toList();
        }
        return units;
    }

    /** Roles an organisation administrator grants (a regional administrator is made by the installation, not here). */
    public List<Role> getGrantableRoles() {
        return List.copyOf(EnumSet.complementOf(EnumSet.of(Role.REGION_ADMIN)));
    }

    public void add() {
        char[] secret = password == null ? null : password.toCharArray();
        boolean withPost = unitId != null || (title != null && !title.isBlank()) || roles.length > 0;
        if (refusals.attempt("employee-form", () -> {
            EmployeeView added = administration.addEmployee(new StaffAdministration.NewEmployee(firstName, lastName, email, username,
                    secret, withPost ? new StaffAdministration.NewPost(null, unitId, title, Set.of(roles), postFrom) : null));
            refusals.done("employees.done.added", added.firstName() + " " + added.lastName(), added.username());
        })) {
            firstName = lastName = email = username = title = null;
            unitId = null;
            postFrom = null;
            roles = new Role[0];
            employees = null;
        }
        password = null;
    }

    public void deactivate(EmployeeView employee) {
        if (refusals.attempt("employees-form", () -> administration.deactivate(employee.id()))) {
            refusals.done("employees.done.deactivated", employee.username());
            employees = null;
        }
    }

    public void activate(EmployeeView employee) {
        if (refusals.attempt("employees-form", () -> administration.activate(employee.id()))) {
            refusals.done("employees.done.activated", employee.username());
            employees = null;
        }
    }

    public void prepareReset(EmployeeView employee) {
        selected = employee;
        newPassword = null;
    }

    public void resetPassword() {
        char[] secret = newPassword == null ? null : newPassword.toCharArray();
        if (selected != null && refusals.attempt("password-form", () -> administration.resetPassword(selected.id(), secret))) {
            refusals.done("employees.done.password", selected.username());
        }
        newPassword = null;
    }

    public String roleList(Set<Role> granted) {
        return String.join(", ", granted.stream().map(Role::name).sorted().toList());
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
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

    public java.time.LocalDate getPostFrom() {
        return postFrom;
    }

    public void setPostFrom(java.time.LocalDate postFrom) {
        this.postFrom = postFrom;
    }

    public EmployeeView getSelected() {
        return selected;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
