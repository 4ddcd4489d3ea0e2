package org.libvirt.tck.suites.run;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.testng.ITestNGMethod;
import org.testng.TestNG;
import org.testng.annotations.IAnnotation;
import org.testng.internal.ConstructorOrMethod;
import org.testng.internal.IConfiguration;
import org.testng.internal.annotations.IAnnotationFinder;

/**
 * TestNG, with its lookups of a method's annotations remembered by the method itself.
 *
 * <p>TestNG keeps what it found of a method's annotations, but under a key it makes from the annotation's and the
 * method's {@code toString()}, so every lookup prints the whole {@code @Test} annotation (all of its members) again.
 * It looks up the {@code @Test} of every scenario each time it invokes it, and that printing was a sixth of what the
 * kit added to a scenario on the test driver. Here the lookups of a method's annotations are remembered by the
 * method, its class and the annotation type, and come back as the very objects TestNG's own lookup gave.
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

        private final IAnnotationFinder finder;
        private final Map<Key, Optional<IAnnotation>> found = new ConcurrentHashMap<>();

        RememberingFinder(IAnnotationFinder finder) {
            this.finder = finder;
        }

        @Override
        public <A extends IAnnotation> A findAnnotation(Method m, Class<A> annotationClass) {
            return remembered(new Key(m, null, annotationClass), () -> finder.findAnnotation(m, annotationClass));
        }

        @Override
        public <A extends IAnnotation> A findAnnotation(ITestNGMethod tm, Class<A> annotationClass) {
            Method m = tm.getConstructorOrMethod().getMethod();
            if (m == null) {
                return finder.findAnnotation(tm, annotationClass);
            }
            return remembered(new Key(m, tm.getRealClass(), annotationClass),
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
        public <A extends IAnnotation> A findAnnotation(Class<?> clazz, Method m, Class<A> annotationClass) {
            return finder.findAnnotation(clazz, m, annotationClass);
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

        @SuppressWarnings("unchecked")
        private <A extends IAnnotation> A remembered(Key key, java.util.function.Supplier<A> lookup) {
            Optional<IAnnotation> annotation = found.get(key);
            if (annotation == null) {
                annotation = Optional.ofNullable(lookup.get());
                found.putIfAbsent(key, annotation);
            }
            return (A) annotation.orElse(null);
        }
    }
}
