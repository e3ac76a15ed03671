package org.spasmcare.account.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.spasmcare.account.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByRole(Role role);

    List<Account> findByRoleInOrderByUsernameAsc(Collection<Role> roles);

    /** What is checked on every signed-in request: one primary-key read of three columns. */
    @Query("select new org.spasmcare.account.internal.AccountState(a.enabled, a.mustChangePassword, a.passwordHash)"
            + " from Account a"
            + " where a.id = :id")
    Optional<AccountState> findStateById(long id);

    /**
     * The enabled admins, locked until the transaction ends: two admins disabling each other at the
     * same moment take turns, and the second sees the first's change.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Account a where a.role = org.spasmcare.account.Role.ADMIN and a.enabled = true")
    List<Account> lockEnabledAdmins();
}
