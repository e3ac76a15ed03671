package org.spasmcare.account.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SecondFactorRecoveryCodeRepository extends JpaRepository<SecondFactorRecoveryCode, Long> {
}
