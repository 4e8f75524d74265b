${subject}
CyberSudoe - ${number}

${greeting}

<#list intro as paragraph>
${paragraph}

</#list>
<#list sections as section>
== ${section.title} ==

<#list section.paragraphs as paragraph>
${paragraph}

</#list>
</#list>
--
<#list footer as line>
${line}
</#list>
${why}
${unsubscribe}: ${unsubscribeUrl}
