(Example News) -- A small lander built by university students touched down on a
comet's icy crust on Saturday, the team said, after a 14-month flight.

The 11 kg probe bounced once before settling, and sent back three images in its
first hour. Mission controllers at 2:15 a.m. confirmed it was upright.

@highlight
Student-built lander touches down on a comet after a 14-month flight
@highlight
The 11 kg probe sent three images in its first hour
@highlight
