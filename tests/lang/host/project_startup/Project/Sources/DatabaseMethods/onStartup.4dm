ALERT("project startup ran")
ALERT(helper())
