Ferry crews on the Orrin route ended a nine-day strike after accepting a 4 percent pay rise. Full services resumed on Tuesday.
