# Shared start-up of the bin/ scripts: finds the kit, checks Java, builds the kit on first use.
# Sourced, not run: sets KIT_HOME and KIT_CLASSPATH.

kit_fail() {
    echo "$(basename "$0"): $*" >&2
    exit 2
}

# The kit's folder, through any symlinks to the calling script.
KIT_HOME="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"

command -v java >/dev/null 2>&1 \
    || kit_fail "java not found: install a Java 17 runtime (apt-get install openjdk-17-jdk-headless)"
java_settings="$(java -XshowSettings:properties -version 2>&1)"
java_major="$(sed -n 's/^ *java.specification.version = //p' <<<"$java_settings")"
# Which JDK this is: the class-data archive below belongs to one, and another JVM skips it without a word.
java_identity="$(sed -n 's/^ *java\.\(home\|runtime\.version\) = //p' <<<"$java_settings" | tr '\n' ' ')"
[[ "${java_major%%.*}" -ge 17 ]] 2>/dev/null \
    || kit_fail "Java 17 or newer is needed, found Java ${java_major:-unknown}: set PATH or JAVA_HOME to a newer one"

kit_jar="$KIT_HOME/tck-suites/target/tck-suites.jar"
kit_stamp="$KIT_HOME/tck-suites/target/lib/.built"

# Builds when the kit was never built, or when a source or pom is newer than the last build. The
# known-broken database is read at run time, so `libvirt-tck-report mark` does not call for a build.
kit_needs_build() {
    [[ ! -f "$kit_stamp" ]] && return 0
    [[ -n "$(find "$KIT_HOME" \( -path "$KIT_HOME/tck-results" -o -path "$KIT_HOME/conf/known-broken" \) -prune -o \
        \( -name pom.xml -o -path '*/src/main/*' -o -path "$KIT_HOME/conf/*" \) -newer "$kit_stamp" -print -quit)" ]]
}

if kit_needs_build; then
    command -v mvn >/dev/null 2>&1 || kit_fail "the kit is not built and mvn is not found: apt-get install maven"
    echo "$(basename "$0"): building the kit (first use or changed sources)..." >&2
    (cd "$KIT_HOME" && mvn -q -B -DskipTests package >&2) || kit_fail "the build failed; see the Maven output above"
    touch "$kit_stamp"
fi

KIT_CLASSPATH="$kit_jar:$KIT_HOME/tck-suites/target/lib/*"

# JVM options for a kit run (bin/libvirt-tck): a run is over before the optimising compiler would pay off, so only the
# quick one (-XX:TieredStopAtLevel=1); and an archive of the kit's classes already parsed and verified (AppCDS), made
# once per build by a run on test:///default. Together they take a default run from about 3.4 s to 2.1 s and --list
# from 0.57 s to 0.4 s here. The archive is made again for a new build or another JDK (kit.jsa.jdk names the one it was
# made with). Without an archive (it could not be made) the JVM just loads the classes; -Xlog keeps its notes about
# that off the kit's output.
kit_archive="$KIT_HOME/tck-suites/target/kit.jsa"

# Writes the archive under a temporary name, checks that the JVM maps it (-Xshare:on fails on a bad one), and only
# then renames it into place, its size noted next to it: a truncated archive would crash every JVM that maps it, so
# one whose size changed since is made again.
kit_make_archive() {
    local tmp out
    tmp="$(mktemp "$kit_archive.XXXXXX" 2>/dev/null)" || return 0
    out="$(mktemp -d 2>/dev/null)" || { rm -f "$tmp"; return 0; }
    rm -f "$tmp"
    # The kit's own settings, whatever LIBVIRT_TCK_* the user has set for the run that asked for the archive.
    if (for v in $(compgen -e | grep '^LIBVIRT_TCK_'); do unset "$v"; done
            exec java -XX:TieredStopAtLevel=1 -XX:ArchiveClassesAtExit="$tmp" -Dlibvirt.tck.home="$KIT_HOME" \
            -cp "$KIT_CLASSPATH" org.libvirt.tck.suites.cli.LibvirtTckCommand --uri test:///default \
            --output "$out/reports") >/dev/null 2>&1 \
        && java -Xshare:on -XX:SharedArchiveFile="$tmp" -cp "$KIT_CLASSPATH" -version >/dev/null 2>&1; then
        stat -c %s "$tmp" >"$kit_archive.size" && echo "$java_identity" >"$kit_archive.jdk" \
            && mv -f "$tmp" "$kit_archive" && rm -f "$kit_archive.failed"
    else
        echo "$java_identity" >"$kit_archive.failed" 2>/dev/null # not tried again before the next build or JDK
    fi
    rm -rf "$tmp" "$out"
}

if [[ ! -f "$kit_archive" || "$kit_jar" -nt "$kit_archive" \
        || "$(stat -c %s "$kit_archive")" != "$(cat "$kit_archive.size" 2>/dev/null)" \
        || "$(cat "$kit_archive.jdk" 2>/dev/null)" != "$java_identity" ]] \
        && [[ ! -f "$kit_archive.failed" || "$kit_jar" -nt "$kit_archive.failed" \
            || "$(cat "$kit_archive.failed")" != "$java_identity" ]]; then
    rm -f "$kit_archive"
    kit_make_archive
fi
KIT_RUN_JAVA_OPTS=(-XX:TieredStopAtLevel=1)
if [[ -f "$kit_archive" ]]; then
    KIT_RUN_JAVA_OPTS+=(-XX:SharedArchiveFile="$kit_archive" -Xlog:cds=off -Xlog:cds+dynamic=off)
fi
