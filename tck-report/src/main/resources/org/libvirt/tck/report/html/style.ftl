<#-- Shared inline style: the pages are self-contained, no external resources and no script. -->
<style>
body { font-family: sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.5em; }
table { border-collapse: collapse; margin: 0.5em 0; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
td.id { font-family: monospace; } td.id.sub { padding-left: 2em; }
details.attachment { margin-top: 0.3em; } details.attachment summary { cursor: pointer; font-family: monospace; }
details.attachment pre { max-height: 30em; overflow: auto; background: #f7f7f7; padding: 0.4em; white-space: pre; }
.message { font-size: 0.9em; color: #555; white-space: pre-wrap; }
.status { font-weight: bold; white-space: nowrap; }
.pass { background: #d9f2d9; } .fail { background: #f8c9c9; } .error { background: #f5b08a; }
.skip { background: #ececec; } .unsupported { background: #dbe8f7; }
.known-fail { background: #fbe8a6; } .unexpected-pass { background: #e4d3f5; }
.absent { background: #fff; color: #aaa; }
.regression { background: #f8c9c9; } .fix { background: #d9f2d9; } .new { background: #dbe8f7; }
.removed { background: #ececec; } .still-failing { background: #fbe8a6; } .changed { background: #e4d3f5; }
</style>
