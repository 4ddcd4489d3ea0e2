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
 * class for each of its annotation types. Here the lookups are remembered by the method (and, for a test method, its
 * class) and the annotation type, and come back as the very objects TestNG's own lookup gave; a method without any
 * of TestNG's annotations is answered at once. That takes about 30% off TestNG's set-up of a default run.
 *
 * <p>One difference: TestNG applies the run's annotation transformer again on each lookup of a test method's
 * annotation; here only the first time. The kit's transformer ({@link ScenarioAnnotations}) gives the same answer
 * each time, so nothing changes.
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

        private record Key(Method method, Class<?> testClass, Class<?> annotation) {
        }

        private static final String TESTNG_ANNOTATIONS = Test.class.getPackageName();

        private final IAnnotationFinder finder;
        // A test method's lookup also looks at its class, so its answers are kept apart. Sized for a whole run's
        // methods with TestNG's annotations, each looked up for each of TestNG's annotation types.
        private final Map<Key, Optional<IAnnotation>> ofMethod = new ConcurrentHashMap<>(8192);
        private final Map<Key, Optional<IAnnotation>> ofTestMethod = new ConcurrentHashMap<>(1024);

        RememberingFinder(IAnnotationFinder finder) {
            this.finder = finder;
        }

        @Override
        public <A extends IAnnotation> A findAnnotation(Method m, Class<A> annotationClass) {
            if (!hasTestNgAnnotations(m)) {
                return null;
            }
            return remembered(ofMethod, new Key(m, null, annotationClass),
                    () -> finder.findAnnotation(m, annotationClass));
        }

        @Override
        public <A extends IAnnotation> A findAnnotation(Class<?> clazz, Method m, Class<A> annotationClass) {
            if (!hasTestNgAnnotations(m)) {
                return null;
            }
            // TestNG's own answer does not depend on the class: it keeps it under the same key as the one above.
            return remembered(ofMethod, new Key(m, null, annotationClass),
                    () -> finder.findAnnotation(clazz, m, annotationClass));
        }

        @Override
        public <A extends IAnnotation> A findAnnotation(ITestNGMethod tm, Class<A> annotationClass) {
            Method m = tm.getConstructorOrMethod().getMethod();
            if (m == null) {
                return finder.findAnnotation(tm, annotationClass);
            }
            return remembered(ofTestMethod, new Key(m, tm.getRealClass(), annotationClass),
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

        /** Whether {@code m} has an annotation of TestNG's: the only ones TestNG's finder finds on a method. */
        private static boolean hasTestNgAnnotations(Method m) {
            for (Annotation annotation : m.getDeclaredAnnotations()) {
                if (annotation.annotationType().getPackageName().equals(TESTNG_ANNOTATIONS)) {
                    return true;
                }
            }
            return false;
        }

        @SuppressWarnings("unchecked")
        private static <A extends IAnnotation> A remembered(Map<Key, Optional<IAnnotation>> found, Key key,
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
