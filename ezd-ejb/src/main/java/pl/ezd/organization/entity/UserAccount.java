package pl.ezd.organization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * The login of an employee. Elytron's jdbc-realm authenticates against {@code password_hash}
 * (bcrypt in modular crypt form); the plain password is never stored.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(Employee employee, String username, PasswordHash passwordHash) {
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,99}")) {
            throw new FieldRefusal("username", "Login to 2–100 małych liter (bez polskich znaków), cyfr, kropek, myślników "
                    + "lub podkreśleń, zaczynający się literą lub cyfrą (podano: " + username + ")");
        }
        this.employee = Objects.requireNonNull(employee);
        this.username = username;
        this.passwordHash = passwordHash.value();
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public String getUsername() {
        return username;
    }

    public boolean isActive() {
        return active;
    }

    public void changePassword(PasswordHash newHash) {
        this.passwordHash = newHash.value();
    }

    /** Whether the password is the account's current one. */
    public boolean hasPassword(char[] password) {
        return password != null && new PasswordHash(passwordHash).matches(password);
    }

    /** The user can no longer log in (the realm reads only active accounts); history stays. */
    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }
}
