package org.libvirt.tck.report.io;

import java.io.IOException;

/**
 * A consumer that may throw {@link IOException}, such as a report writer bound to its report.
 *
 * <pre>{@code
 * IOConsumer<Writer> body = out -> new ReportXmlWriter(clock).write(report, out);
 * }</pre>
 *
 * @param <T> what it consumes
 */
@FunctionalInterface
public interface IOConsumer<T> {

    /** Consumes {@code value}. */
    void accept(T value) throws IOException;
}
