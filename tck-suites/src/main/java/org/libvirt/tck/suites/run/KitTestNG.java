package org.libvirt.tck.suites.run;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.testng.ITestNGMethod;
import org.testng.TestNG;
import org.testng.annotations.IAnnotation;
import org.testng.annotations.Test;
import org.testng.internal.ConstructorOrMethod;
import org.testng.internal.IConfiguration;
import org.testng.internal.annotations.IAnnotationFinder;

/**
 * TestNG, with its lookups of a method's annotations remembered by the method itself.
 *
 * <pre>{@code
 * TestNG testng = new KitTestNG();   // set up and run like any TestNG
 * }</pre>
 *
 * <p>TestNG keeps what it found of a method's annotations, but under a key it makes from the annotation's and the
 * method's {@code toString()}, so every lookup prints the whole {@code @Test} annotation (all of its members) again.
 * It looks up the {@code @Test} of every scenario each time it invokes it, and that printing was a sixth of what the
 * kit added to a scenario on the test driver; while it sets up a run it looks at every method of every scenario
 * class for each of its annotation types. Here the lookups are remembered by the method and the annotation type, and
 * come back as the very objects TestNG's own lookup gave: a method without any of TestNG's annotations is answered
 * from one map lookup, and a test method's annotation is its method's (TestNG keeps both under the same key), so
 * TestNG prints each scenario's {@code @Test} once a run instead of twice.
 *
 * <p>TestNG (7.12) applies the run's annotation transformer to a method's annotation once, when it first makes the
 * annotation's object, so remembering the object changes nothing; the kit's transformer
 * ({@link ScenarioAnnotations}) would give the same answer each time anyway.
 */
final class KitTestNG extends TestNG {

    KitTestNG() {
        super(false);
    }

    @Override
    public void run() {
        initializeEverything(); // run() calls it again, and then it does nothing
        IConfiguration configuration = getConfiguration();
        configuration.setAnnotationFinder(new RememberingFinder(configuration.getAnnotationFinder()));
        super.run();
    }

    /** TestNG's annotation finder, remembering what it found for a method. */
    static final class RememberingFinder implements IAnnotationFinder {

        private static final String TESTNG_ANNOTATIONS = Test.class.getPackageName();

        private final IAnnotationFinder finder;
        // Sized for a whole run's methods: every method of every scenario class, Object's and Scenario's included.
        private final Map<Method, Answers> byMethod = new ConcurrentHashMap<>(4096);

        RememberingFinder(IAnnotationFinder finder) {
            this.finder = finder;
        }

        @Override
        public <A extends IAnnotation> A findAnnotation(Method m, Class<A> annotationClass) {
            Answers answers = answersFor(m);
            return answers == Answers.NONE ? null
                    : answers.ofMethod(annotationClass, () -> finder.findAnnotation(m, annotationClass));
        }

        @Override
        public <A extends IAnnotation> A findAnnotation(Class<?> clazz, Method m, Class<A> annotationClass) {
            Answers answers = answersFor(m);
            // TestNG's own answer does not depend on the class: it keeps it under the same key as the one above.
            return answers == Answers.NONE ? null
                    : answers.ofMethod(annotationClass, () -> finder.findAnnotation(clazz, m, annotationClass));
        }

        /**
         * A test method's annotation: the method's own when it has one, which is the object TestNG gives (it keeps
         * both under one key, which it prints from the annotation and the method); otherwise, from its class, looked
         * up by TestNG once for each class the method is run in.
         */
        @Override
        public <A extends IAnnotation> A findAnnotation(ITestNGMethod tm, Class<A> annotationClass) {
            Method m = tm.getConstructorOrMethod().getMethod();
            if (m == null) {
                return finder.findAnnotation(tm, annotationClass);
            }
            A own = findAnnotation(m, annotationClass);
            if (own != null) {
                return own;
            }
            return answersFor(m).ofClass(tm.getRealClass(), annotationClass,
                    () -> finder.findAnnotation(tm, annotationClass));
        }

        @Override
        public <A extends IAnnotation> A findAnnotation(ConstructorOrMethod com, Class<A> annotationClass) {
            return com.getMethod() != null ? findAnnotation(com.getMethod(), annotationClass)
                    : finder.findAnnotation(com, annotationClass);
        }

        @Override
        public <A extends IAnnotation> A findAnnotation(Class<?> cls, Class<A> annotationClass) {
            return finder.findAnnotation(cls, annotationClass);
        }

        @Override
        public <A extends IAnnotation> A findAnnotation(Constructor<?> cons, Class<A> annotationClass) {
            return finder.findAnnotation(cons, annotationClass);
        }

        @Override
        public <A extends IAnnotation> List<A> findInheritedAnnotations(Class<?> cls, Class<A> annotationClass) {
            return finder.findInheritedAnnotations(cls, annotationClass);
        }

        @Override
        public boolean hasTestInstance(Method method, int i) {
            return finder.hasTestInstance(method, i);
        }

        @Override
        public String[] findOptionalValues(Method method) {
            return finder.findOptionalValues(method);
        }

        @Override
        public String[] findOptionalValues(Constructor<?> method) {
            return finder.findOptionalValues(method);
        }

        private Answers answersFor(Method m) {
            Answers answers = byMethod.get(m);
            if (answers == null) {
                answers = hasTestNgAnnotations(m) ? new Answers() : Answers.NONE;
                Answers earlier = byMethod.putIfAbsent(m, answers);
                return earlier != null ? earlier : answers;
            }
            return answers;
        }

        /** Whether {@code m} has an annotation of TestNG's: the only ones TestNG's finder finds on a method. */
        private static boolean hasTestNgAnnotations(Method m) {
            for (Annotation annotation : m.getDeclaredAnnotations()) {
                if (annotation.annotationType().getPackageName().equals(TESTNG_ANNOTATIONS)) {
                    return true;
                }
            }
            return false;
        }

        /** What TestNG's finder answered for one method, by annotation type; {@link #NONE} for a method without any. */
        private static final class Answers {

            static final Answers NONE = new Answers();

            private record OfClass(Class<?> testClass, Class<?> annotation) {
            }

            private final Map<Class<?>, Optional<IAnnotation>> ofMethod = new ConcurrentHashMap<>(8);
            private final Map<OfClass, Optional<IAnnotation>> ofClass = new ConcurrentHashMap<>(2);

            <A extends IAnnotation> A ofMethod(Class<A> annotation, Supplier<A> lookup) {
                return remembered(ofMethod, annotation, lookup);
            }

            <A extends IAnnotation> A ofClass(Class<?> testClass, Class<A> annotation, Supplier<A> lookup) {
                return remembered(ofClass, new OfClass(testClass, annotation), lookup);
            }

            @SuppressWarnings("unchecked")
            private static <K, A extends IAnnotation> A remembered(Map<K, Optional<IAnnotation>> found, K key,
                    Supplier<A> lookup) {
                Optional<IAnnotation> annotation = found.get(key);
                if (annotation == null) {
                    annotation = Optional.ofNullable(lookup.get());
                    found.putIfAbsent(key, annotation);
                }
                return (A) annotation.orElse(null);
            }
        }
    }
}
