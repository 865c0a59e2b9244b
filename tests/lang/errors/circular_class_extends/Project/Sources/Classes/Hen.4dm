Class extends Egg
