// developer.4d.com/docs/commands-legacy/ob-is-shared: True if the object or collection is shared, False otherwise.
ALERT(String(OB Is shared(New object)))
ALERT(String(OB Is shared(New shared object)))
ALERT(String(OB Is shared(New collection)))
ALERT(String(OB Is shared(New shared collection)))
ALERT(String(OB Is shared(Storage)))
ALERT(String(OB Is shared(OB Copy(New shared object))))
