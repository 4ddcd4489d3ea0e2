package org.libvirt.tck.report.html;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.libvirt.tck.report.model.KnownIssue;
import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.model.RunInfo;
import org.libvirt.tck.report.text.SummaryWriter;

/** The FreeMarker set-up shared by the HTML writers, and the maps they hand to the templates. */
final class Templates {

    private static final Configuration CONFIG = configure();

    private Templates() {
    }

    private static Configuration configure() {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setClassForTemplateLoading(Templates.class, "/org/libvirt/tck/report/html");
        cfg.setDefaultEncoding(StandardCharsets.UTF_8.name());
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        return cfg;
    }

    /** Renders {@code name} with {@code model} to {@code out}; flushes, does not close. */
    static void render(String name, Map<String, Object> model, Writer out) throws IOException {
        Template template = CONFIG.getTemplate(name);
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            throw new IllegalStateException("the HTML template " + name + " failed: " + e.getMessageWithoutStackTop()
                    + "; this is a bug in tck-report", e);
        }
        out.flush();
    }

    /** The run's header fields; absent keys are unknown. */
    static Map<String, Object> run(RunInfo run, String name) {
        Map<String, Object> m = new HashMap<>();
        m.put("uri", run.uri());
        put(m, "driver", run.driver());
        put(m, "library", run.libraryVersion());
        put(m, "daemon", run.daemonVersion());
        put(m, "hypervisor", join(run.hypervisorType(), run.hypervisorVersion()));
        put(m, "platform", join(run.osName(), run.osVersion(), run.hostArch()));
        put(m, "host", run.hostName());
        put(m, "kit", run.kitVersion());
        if (run.guestDomainType() != null || run.guestFinding() != null) {
            m.put("guests", SummaryWriter.guests(run));
        }
        m.put("start", run.start().toString());
        put(m, "end", run.end() == null ? null : run.end().toString());
        m.put("complete", run.complete() ? "yes" : "no, the run stopped early");
        put(m, "name", name);
        return m;
    }

    static Map<String, Object> run(Report report, String name) {
        Map<String, Object> m = run(report.run(), name);
        m.put("totals", SummaryWriter.totals(report));
        return m;
    }

    /** The entry's fields, or an empty map; a bug that is not an http(s) URL is not offered as a link. */
    static Map<String, Object> known(KnownIssue known) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (known != null) {
            put(m, "reason", known.reason());
            put(m, "entry", known.entry());
            if (known.bug() != null && (known.bug().startsWith("https://") || known.bug().startsWith("http://"))) {
                m.put("bug", known.bug());
            } else {
                put(m, "reason", known.describe());
            }
        }
        return m;
    }

    static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static String join(String... parts) {
        StringBuilder s = new StringBuilder();
        for (String p : parts) {
            if (p != null) {
                s.append(s.length() == 0 ? "" : " ").append(p);
            }
        }
        return s.length() == 0 ? null : s.toString();
    }
}
