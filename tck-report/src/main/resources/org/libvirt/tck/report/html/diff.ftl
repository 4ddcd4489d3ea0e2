<#ftl output_format="HTML" strip_whitespace=true>
<#import "cell.ftl" as c>
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>libvirt TCK diff: ${totals}</title>
<#include "style.ftl">
</head>
<body>
<h1>libvirt TCK diff</h1>
<table class="runs">
<tr><th>old</th><th>new</th></tr>
<tr><td><@c.runHeader old/></td><td><@c.runHeader new/></td></tr>
</table>
<p class="totals">${totals}</p>
<#list sections as section>
<h2>${section.heading} (${section.changes?size})</h2>
<table class="changes">
<tr><th>Scenario</th><th>old</th><th>new</th><th>Message</th></tr>
<#list section.changes as ch>
<tr class="${section.kind}"><td class="id">${ch.id}</td><td class="status ${ch.before!"absent"}">${ch.before!"—"}</td><td class="status ${ch.after!"absent"}"><#if ch.after??><@c.status ch.after ch.known/><#else>—</#if></td><td class="message">${ch.message!}</td></tr>
</#list>
</table>
</#list>
<p><small>Generated ${generated} by libvirt-tck-report.</small></p>
</body>
</html>
