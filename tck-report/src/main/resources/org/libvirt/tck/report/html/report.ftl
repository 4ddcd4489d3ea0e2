<#ftl output_format="HTML" strip_whitespace=true>
<#import "cell.ftl" as c>
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>libvirt TCK report: ${run.driver!run.uri} ${run.start}</title>
<#include "style.ftl">
</head>
<body>
<h1>libvirt TCK report</h1>
<table class="run">
<tr><th>URI</th><td>${run.uri}</td></tr>
<tr><th>Driver</th><td>${run.driver!"unknown"}</td></tr>
<tr><th>Library</th><td>${run.library!"unknown"}</td></tr>
<tr><th>Daemon</th><td>${run.daemon!"unknown"}</td></tr>
<tr><th>Hypervisor</th><td>${run.hypervisor!"unknown"}</td></tr>
<tr><th>Platform</th><td>${run.platform!"unknown"}</td></tr>
<tr><th>Host</th><td>${run.host!"unknown"}</td></tr>
<tr><th>Kit</th><td>${run.kit!"unknown"}</td></tr>
<#if run.guests??><tr><th>Guests</th><td>${run.guests}</td></tr></#if>
<tr><th>Started</th><td>${run.start}</td></tr>
<tr><th>Ended</th><td>${run.end!"still running"}</td></tr>
<tr><th>Complete</th><td>${run.complete}</td></tr>
</table>
<p class="totals">${totals}</p>
<table class="scenarios">
<tr><th>Scenario</th><th>Status</th><th>Duration</th><th>Message</th></tr>
<#list scenarios as s>
<tr><td class="id<#if s.sub> sub</#if>">${s.id}</td><td class="status ${s.status}"><@c.status s.status s.known/></td><td>${s.duration}</td><td class="message">${s.message!}<#if s.known.entry?? || s.known.reason?? || s.known.bug??><#if s.message??><br></#if>known: <#if s.known.bug?has_content><a href="${s.known.bug}">${s.known.reason!s.known.bug}</a><#else>${s.known.reason!}</#if><#if s.known.entry?has_content> [${s.known.entry}]</#if></#if><#list s.attachments as a>
<details class="attachment"><summary>${a.name}</summary><pre>${a.text}</pre></details></#list></td></tr>
</#list>
</table>
<p><small>Generated ${generated} by libvirt-tck-report.</small></p>
</body>
</html>
