#!/bin/sh
# The guest sees about the memory the domain gives it (256 MiB in the guest scenarios), less what the kernel keeps.
# Written in TAP, so that each of its tests is a row of the report (guest.checks/20-memory/N-...); descriptions
# stay the same from run to run, measured values go in diagnostics (# lines).
echo "1..3"
total_kib=$(awk '/^MemTotal:/ { print $2 }' /proc/meminfo)
if [ -z "$total_kib" ]; then
    echo "not ok 1 - /proc/meminfo has MemTotal"
    echo "Bail out! cannot judge the memory without MemTotal"
    exit 1
fi
echo "ok 1 - /proc/meminfo has MemTotal"
echo "# MemTotal: $total_kib KiB"
if [ "$total_kib" -gt 150000 ]; then
    echo "ok 2 - MemTotal is above 150000 KiB"
else
    echo "not ok 2 - MemTotal is above 150000 KiB"
fi
if [ "$total_kib" -le 262144 ]; then
    echo "ok 3 - MemTotal is at most 262144 KiB"
else
    echo "not ok 3 - MemTotal is at most 262144 KiB"
fi
