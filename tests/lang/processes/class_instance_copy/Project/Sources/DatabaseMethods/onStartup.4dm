CALL WORKER("geometry"; "usePoint"; cs.Point.new(2; 3))
