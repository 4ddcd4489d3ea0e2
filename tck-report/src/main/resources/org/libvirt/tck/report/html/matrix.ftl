<#ftl output_format="HTML" strip_whitespace=true>
<#import "cell.ftl" as c>
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>libvirt TCK matrix: ${runs?size} runs</title>
<#include "style.ftl">
</head>
<body>
<h1>libvirt TCK matrix: ${runs?size} runs, ${rows?size} scenarios</h1>
<table class="matrix">
<tr><th>Scenario</th><#list runs as run><th><@c.runHeader run/></th></#list></tr>
<tr><th>Totals</th><#list runs as run><td><small>${run.totals}</small></td></#list></tr>
<#list rows as row>
<tr><td class="id">${row.id}</td><#list row.cells as cell><#if cell.status??><td class="status ${cell.status}" title="${cell.message!}"><@c.status cell.status cell.known/></td><#else><td class="absent">&mdash;</td></#if></#list></tr>
</#list>
</table>
<p><small>Generated ${generated} by libvirt-tck-report. Hover a status for its message; a known-fail links to its bug.</small></p>
</body>
</html>
