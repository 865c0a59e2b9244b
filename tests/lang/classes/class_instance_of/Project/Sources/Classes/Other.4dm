Class constructor
