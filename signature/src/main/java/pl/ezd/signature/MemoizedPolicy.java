package pl.ezd.signature;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.Level;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.model.policy.CryptographicSuite;
import eu.europa.esig.dss.model.policy.ValidationPolicy;
import eu.europa.esig.dss.model.policy.crypto.CryptographicSuiteEvaluation;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The validation policy with its cryptographic suites computed once instead of on every check.
 *
 * <p>Why: profiling showed a quarter of each validation in DSS 6.4's
 * {@code CryptographicConstraintWrapper}, which rebuilds the maps of acceptable algorithms and
 * their expiry dates from the policy's XML model on every call, and the policy builds a new
 * wrapper on every request. Those maps depend only on the policy, which never changes after
 * {@link StrictPolicy#create()}, so they are computed once per context and shared. Everything
 * else is delegated unchanged, through the public {@link ValidationPolicy} interface.
 */
final class MemoizedPolicy implements InvocationHandler {

    private final ValidationPolicy target;
    private final ConcurrentMap<List<Object>, Object> suites = new ConcurrentHashMap<>();

    private MemoizedPolicy(ValidationPolicy target) {
        this.target = target;
    }

    static ValidationPolicy wrap(ValidationPolicy policy) {
        return (ValidationPolicy) Proxy.newProxyInstance(ValidationPolicy.class.getClassLoader(),
                new Class<?>[] {ValidationPolicy.class}, new MemoizedPolicy(policy));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getReturnType() == CryptographicSuite.class) {
            List<Object> key = args == null ? List.of(method.getName())
                    : List.of(method.getName(), Arrays.asList(args));
            Object cached = suites.get(key);
            if (cached == null) {
                CryptographicSuite suite = (CryptographicSuite) call(method, args);
                cached = suite == null ? Boolean.FALSE : new FrozenSuite(suite);
                suites.putIfAbsent(key, cached);
            }
            return cached == Boolean.FALSE ? null : cached;
        }
        return call(method, args);
    }

    private Object call(Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** A cryptographic suite read once; changing it is refused (the policy is shared). */
    private static final class FrozenSuite implements CryptographicSuite {
        private final String policyName;
        private final Map<DigestAlgorithm, Set<CryptographicSuiteEvaluation>> digests;
        private final Map<SignatureAlgorithm, Set<CryptographicSuiteEvaluation>> signatures;
        private final Level level;
        private final Level digestsLevel;
        private final Level signaturesLevel;
        private final Level keySizeLevel;
        private final Level expirationLevel;
        private final Level expirationAfterUpdateLevel;
        private final Date updateDate;

        FrozenSuite(CryptographicSuite s) {
            policyName = s.getPolicyName();
            digests = Collections.unmodifiableMap(s.getAcceptableDigestAlgorithms());
            signatures = Collections.unmodifiableMap(s.getAcceptableSignatureAlgorithms());
            level = s.getLevel();
            digestsLevel = s.getAcceptableDigestAlgorithmsLevel();
            signaturesLevel = s.getAcceptableSignatureAlgorithmsLevel();
            keySizeLevel = s.getAcceptableSignatureAlgorithmsMiniKeySizeLevel();
            expirationLevel = s.getAlgorithmsExpirationDateLevel();
            expirationAfterUpdateLevel = s.getAlgorithmsExpirationDateAfterUpdateLevel();
            updateDate = s.getCryptographicSuiteUpdateDate();
        }

        @Override
        public String getPolicyName() {
            return policyName;
        }

        @Override
        public Map<DigestAlgorithm, Set<CryptographicSuiteEvaluation>> getAcceptableDigestAlgorithms() {
            return digests;
        }

        @Override
        public Map<SignatureAlgorithm, Set<CryptographicSuiteEvaluation>> getAcceptableSignatureAlgorithms() {
            return signatures;
        }

        @Override
        public Level getLevel() {
            return level;
        }

        @Override
        public Level getAcceptableDigestAlgorithmsLevel() {
            return digestsLevel;
        }

        @Override
        public Level getAcceptableSignatureAlgorithmsLevel() {
            return signaturesLevel;
        }

        @Override
        public Level getAcceptableSignatureAlgorithmsMiniKeySizeLevel() {
            return keySizeLevel;
        }

        @Override
        public Level getAlgorithmsExpirationDateLevel() {
            return expirationLevel;
        }

        @Override
        public Level getAlgorithmsExpirationDateAfterUpdateLevel() {
            return expirationAfterUpdateLevel;
        }

        @Override
        public Date getCryptographicSuiteUpdateDate() {
            return updateDate == null ? null : new Date(updateDate.getTime());
        }

        @Override
        public void setLevel(Level l) {
            throw frozen();
        }

        @Override
        public void setAcceptableDigestAlgorithmsLevel(Level l) {
            throw frozen();
        }

        @Override
        public void setAcceptableSignatureAlgorithmsLevel(Level l) {
            throw frozen();
        }

        @Override
        public void setAcceptableSignatureAlgorithmsMiniKeySizeLevel(Level l) {
            throw frozen();
        }

        @Override
        public void setAlgorithmsExpirationDateLevel(Level l) {
            throw frozen();
        }

        @Override
        public void setAlgorithmsExpirationTimeAfterPolicyUpdateLevel(Level l) {
            throw frozen();
        }

        private static UnsupportedOperationException frozen() {
            return new UnsupportedOperationException("the shared validation policy cannot be changed");
        }
    }
}
