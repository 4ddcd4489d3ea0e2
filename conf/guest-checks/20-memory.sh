#!/bin/sh
# The guest sees about the memory the domain gives it (256 MiB in the guest scenarios), less what the kernel keeps.
total_kib=$(awk '/^MemTotal:/ { print $2 }' /proc/meminfo)
echo "MemTotal: $total_kib KiB"
[ "$total_kib" -gt 150000 ] && [ "$total_kib" -le 262144 ]
