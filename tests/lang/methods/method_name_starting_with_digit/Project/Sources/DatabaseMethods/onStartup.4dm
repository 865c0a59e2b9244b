// developer.4d.com/docs/20/Concepts/identifiers (Basic Rules, which apply to methods): "A name must begin with
// an alphabetic character, an underscore, or a dollar". The host follows this rule: a method file whose name
// starts with a digit is refused at load, named, rather than loaded as a method no call could reach
// (`4D_utils` would read as the number 4 followed by a name).
ALERT("never runs")
