<#ftl output_format="HTML" strip_whitespace=true>
<#-- One status: its name, coloured, linked to the bug of a known-broken entry when there is one. -->
<#macro status s known>
<#if known.bug?has_content><a href="${known.bug}" title="${known.reason!}">${s}</a><#else>${s}</#if><#t>
</#macro>
<#macro runHeader run>
<b>${run.driver!"unknown driver"}</b><br>${run.uri}<br>
libvirt ${run.daemon!"unknown"}<br>${run.hypervisor!"unknown hypervisor"}<br>
${run.platform!"unknown platform"}<br>${run.start}<#if run.name?has_content><br><small>${run.name}</small></#if>
</#macro>
