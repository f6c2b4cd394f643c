"""Links that editors, imports and the API write: one rule for which addresses a page may link to.

Only web addresses (http, https) and e-mail links (mailto) are accepted, so no stored field can
carry a `javascript:`, `data:` or `file:` link into a page. Every app's URL fields and URL blocks
use the classes here (`fields.WebLinkField`, `blocks.WebLinkBlock`); it is a plain package, not an
app, so `guides`, `authors` and `frameworks` can all import it without importing each other.
"""
