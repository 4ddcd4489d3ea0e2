#!/usr/bin/env bash
# The work of bin/libvirt-tck-prepare: builds the TCK guest image (kernel, uncompressed PVH kernel when it can,
# initramfs with busybox, the virtio modules and the agent) into a cache folder keyed by a hash of its inputs.
set -euo pipefail

prog=libvirt-tck-prepare
lib="$(cd "$(dirname "$(readlink -f "$0")")" && pwd)"
kit_home="$(cd "$lib/../.." && pwd)"
tools="$lib/guest_image_tools.py"

# Modules the guest loads, by name; their dependencies are added from modules.dep.
MODULES=(virtio_pci virtio_blk virtio_net virtio_console virtio_balloon 9pnet 9pnet_virtio 9p button evdev)

usage() {
    cat <<USAGE
Usage: $prog [--scratch-dir DIR] [--kernel FILE] [--config FILE] [--rebuild]

Builds the guest image the TCK boots and caches it under DIR/guest/<hash>/ (DIR: --scratch-dir, else
LIBVIRT_TCK_SCRATCH_DIR, else scratch_dir of --config FILE, else conf/default.yml). The kernel is --kernel, else
LIBVIRT_TCK_GUEST_KERNEL, else guest.kernel of the configuration, else the newest /boot/vmlinuz-*, else Debian's
linux-image-amd64 (installed). Prints the guest.env of the image (shell assignments of the paths).

  --rebuild   build even if a valid cached image exists
USAGE
}

fail() {
    echo "$prog: $*" >&2
    exit 2
}
log() { echo "$prog: $*" >&2; }

# The value of a top-level key ("scratch_dir") or a key under guest: ("guest.kernel") of a kit YAML file.
yaml_value() {
    local file="$1" key="$2"
    [[ -f "$file" ]] || return 0
    awk -v key="$key" '
        function clean(v) { sub(/[ \t]+#.*$/, "", v); gsub(/^["'\'']|["'\'']$/, "", v); return v }
        /^[^ \t#]/ { section = $0; sub(/:.*/, "", section) }
        key !~ /\./ && $0 ~ "^" key ":" { v = $0; sub(/^[^:]*:[ \t]*/, "", v); print clean(v); exit }
        key ~ /\./ && $0 ~ "^[ \t]+" substr(key, index(key, ".") + 1) ":" && section == substr(key, 1, index(key, ".") - 1) {
            v = $0; sub(/^[^:]*:[ \t]*/, "", v); print clean(v); exit }' "$file"
}

scratch_dir="" kernel="" config="" rebuild=no
while [[ $# -gt 0 ]]; do
    case "$1" in
        --scratch-dir) [[ $# -ge 2 ]] || fail "--scratch-dir needs a folder"; scratch_dir="$2"; shift 2 ;;
        --scratch-dir=*) scratch_dir="${1#*=}"; shift ;;
        --kernel) [[ $# -ge 2 ]] || fail "--kernel needs a file"; kernel="$2"; shift 2 ;;
        --kernel=*) kernel="${1#*=}"; shift ;;
        --config) [[ $# -ge 2 ]] || fail "--config needs a file"; config="$2"; shift 2 ;;
        --config=*) config="${1#*=}"; shift ;;
        --rebuild) rebuild=yes; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "$prog: unknown argument: $1" >&2; usage >&2; exit 2 ;;
    esac
done
[[ -z "$config" || -f "$config" ]] || fail "--config $config: no such file"

setting() { # command-line value, environment, --config file, conf/default.yml
    local given="$1" env="$2" key="$3" value
    if [[ -n "$given" ]]; then echo "$given"; return; fi
    if [[ -n "${!env:-}" ]]; then echo "${!env}"; return; fi
    if [[ -n "$config" ]]; then value="$(yaml_value "$config" "$key")"; [[ -z "$value" ]] || { echo "$value"; return; }; fi
    yaml_value "$kit_home/conf/default.yml" "$key"
}
scratch_dir="$(setting "$scratch_dir" LIBVIRT_TCK_SCRATCH_DIR scratch_dir)"
kernel="$(setting "$kernel" LIBVIRT_TCK_GUEST_KERNEL guest.kernel)"
[[ -n "$scratch_dir" ]] || fail "no scratch folder: give --scratch-dir DIR or set scratch_dir"

apt_install() {
    command -v apt-get >/dev/null 2>&1 || fail "$1 is missing and apt-get is not available: install $*"
    log "installing $* from Debian"
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" >&2 \
        || { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" >&2; } \
        || fail "could not install $*"
}

command -v python3 >/dev/null 2>&1 || apt_install python3
command -v cpio >/dev/null 2>&1 || apt_install cpio
command -v readelf >/dev/null 2>&1 || apt_install binutils

# --- inputs -------------------------------------------------------------------------------------------------
if [[ -z "$kernel" ]]; then
    kernel="$(ls -1 /boot/vmlinuz-* 2>/dev/null | sort -V | tail -n 1 || true)"
    if [[ -z "$kernel" ]]; then
        apt_install linux-image-amd64
        kernel="$(ls -1 /boot/vmlinuz-* 2>/dev/null | sort -V | tail -n 1 || true)"
    fi
fi
[[ -f "$kernel" && -r "$kernel" ]] || fail "kernel $kernel: not a readable file"
kernel="$(readlink -f "$kernel")"
version="$(python3 "$tools" kernel-version "$kernel")" || fail "$kernel is not a bzImage kernel"
moddir="/lib/modules/$version"
[[ -f "$moddir/modules.dep" ]] \
    || fail "no modules for kernel $version in $moddir: install linux-image-$version or give a kernel with modules"

busybox=/bin/busybox
if [[ ! -x "$busybox" ]] || readelf -l "$busybox" 2>/dev/null | grep -q 'interpreter'; then
    apt_install busybox-static
fi
readelf -l "$busybox" 2>/dev/null | grep -q 'interpreter' && fail "$busybox is not static: apt-get install busybox-static"

mapfile -t module_paths < <(python3 "$tools" modules "$moddir" "${MODULES[@]}")
[[ ${#module_paths[@]} -gt 0 ]] || fail "no modules resolved in $moddir"

sha() { sha256sum "$1" | cut -d' ' -f1; }
key="$(
    {
        echo "kernel $(sha "$kernel")"
        echo "busybox $(sha "$busybox")"
        for m in "${module_paths[@]}"; do echo "module $m $(sha "$moddir/$m")"; done
        echo "init $(sha "$lib/guest/init")"
        echo "agent $(sha "$lib/guest/tck-agent")"
        echo "builder $(sha "$lib/guest-image.sh") $(sha "$tools")"
    } | sha256sum | cut -c1-16
)"

cache="$scratch_dir/guest"
final="$cache/$key"

# A cached image is used only when its manifest is complete and every file in it has the recorded hash.
valid() {
    local dir="$1"
    [[ -f "$dir/manifest" && -f "$dir/guest.env" ]] || return 1
    grep -q ' bzImage$' "$dir/manifest" && grep -q ' initramfs.cpio.gz$' "$dir/manifest" \
        && grep -q ' guest.env$' "$dir/manifest" || return 1
    (cd "$dir" && sha256sum --quiet --strict -c manifest >/dev/null 2>&1)
}

point_current() {
    ln -sfn "$key" "$cache/.current.$$"
    mv -T "$cache/.current.$$" "$cache/current"
    touch "$final"
}

# Images not prepared for a week and builds abandoned for a day go; only folders named as this script names them.
prune() {
    find "$cache" -mindepth 1 -maxdepth 1 -type d -regextype posix-extended \
        \( -regex '.*/[0-9a-f]{16}' -mtime +7 -o -regex '.*/\.build\.[0-9a-f]{16}\.[A-Za-z0-9]+' -mtime +1 \) \
        ! -name "$key" -exec rm -rf {} + 2>/dev/null || true
}

mkdir -p "$cache" || fail "cannot create $cache"
if [[ "$rebuild" == no ]] && valid "$final"; then
    log "using cached image $final"
    point_current
    prune
    cat "$final/guest.env"
    exit 0
fi
[[ -e "$final" ]] && log "cached image $final is incomplete or corrupt: rebuilding"

# --- build --------------------------------------------------------------------------------------------------
started=$SECONDS
tmp="$(mktemp -d "$cache/.build.$key.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
log "building image $key from kernel $version ($kernel)"

cp "$kernel" "$tmp/bzImage"
pvh=no
# Python decompresses xz, lzma, gzip and bzip2 itself; the other compressors need their tool.
case "$(python3 "$tools" payload-kind "$tmp/bzImage")" in
    zstd) command -v zstd >/dev/null 2>&1 || apt_install zstd ;;
    lz4) command -v lz4 >/dev/null 2>&1 || apt_install lz4 ;;
    lzo) command -v lzop >/dev/null 2>&1 || apt_install lzop ;;
esac
if python3 "$tools" extract-vmlinux "$tmp/bzImage" "$tmp/vmlinux" >&2; then
    # XEN_ELFNOTE_PHYS32_ENTRY (18): the PVH entry point QEMU jumps to when it boots an ELF kernel.
    if readelf -n "$tmp/vmlinux" 2>/dev/null | grep -Eq '^ *Xen .*\(0x0*12\)'; then
        pvh=yes
    else
        log "the uncompressed kernel has no PVH entry note: guests boot the bzImage"
        rm -f "$tmp/vmlinux"
    fi
else
    log "could not extract an uncompressed kernel: guests boot the bzImage"
fi

root="$tmp/root"
mkdir -p "$root"/{bin,sbin,dev,proc,sys,tmp,run,checks,etc,lib/modules/tck}
cp "$busybox" "$root/bin/busybox"
for applet in $("$busybox" --list); do
    [[ -e "$root/bin/$applet" ]] || ln -s busybox "$root/bin/$applet"
done
: > "$root/lib/modules/tck/load-order"
for m in "${module_paths[@]}"; do
    name="$(basename "$m")"
    case "$name" in
        *.ko.xz) xz -dc "$moddir/$m" > "$root/lib/modules/tck/${name%.xz}"; name="${name%.xz}" ;;
        *.ko.zst) zstd -dcq "$moddir/$m" > "$root/lib/modules/tck/${name%.zst}"; name="${name%.zst}" ;;
        *.ko.gz) gzip -dc "$moddir/$m" > "$root/lib/modules/tck/${name%.gz}"; name="${name%.gz}" ;;
        *) cp "$moddir/$m" "$root/lib/modules/tck/$name" ;;
    esac
    echo "$name" >> "$root/lib/modules/tck/load-order"
done
install -m 0755 "$lib/guest/init" "$root/init"
install -m 0755 "$lib/guest/tck-agent" "$root/sbin/tck-agent"
printf 'KERNEL_VERSION=%s\nIMAGE_KEY=%s\n' "$version" "$key" > "$root/etc/tck-guest"
mknod -m 0600 "$root/dev/console" c 5 1 2>/dev/null || true
(cd "$root" && find . | LC_ALL=C sort | cpio -o -H newc -R 0:0 --quiet) | gzip -9n > "$tmp/initramfs.cpio.gz"
rm -rf "$root"

boot_kernel="$final/bzImage"
[[ "$pvh" == yes ]] && boot_kernel="$final/vmlinux"
cat > "$tmp/guest.env" <<ENV
# TCK guest image $key, built by bin/libvirt-tck-prepare; shell assignments.
TCK_GUEST_KEY=$key
TCK_GUEST_KERNEL_VERSION=$version
TCK_GUEST_KERNEL=$boot_kernel
TCK_GUEST_BZIMAGE=$final/bzImage
TCK_GUEST_VMLINUX=$([[ "$pvh" == yes ]] && echo "$final/vmlinux")
TCK_GUEST_PVH=$pvh
TCK_GUEST_INITRD=$final/initramfs.cpio.gz
TCK_GUEST_CMDLINE=console=ttyS0
TCK_GUEST_AGENT_PORT=org.libvirt.tck.agent.0
TCK_GUEST_CHECKS_TAG=tckchecks
ENV
# The manifest is written last: a folder without it, or with a file that does not match it, is never used.
(cd "$tmp" && sha256sum bzImage $([[ "$pvh" == yes ]] && echo vmlinux) initramfs.cpio.gz guest.env > manifest.part \
    && mv manifest.part manifest)

chmod 0755 "$tmp"
rm -rf "$final"
mv -T "$tmp" "$final" 2>/dev/null || { valid "$final" || fail "could not move the image into $final"; }
trap - EXIT
point_current
prune
log "built $final in $((SECONDS - started)) s"
cat "$final/guest.env"
