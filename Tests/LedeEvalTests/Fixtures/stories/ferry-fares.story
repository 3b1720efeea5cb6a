KINLOSS, Scotland (Example News) -- Fares on the Kinloss ferry will rise by 2.5%
from 1 May, the operator said on Tuesday.

A return ticket for a car will cost £41.20. Foot passengers will pay £6.10.

"Fuel and wages have both gone up," said operations manager Dr. Ines Calder.

@highlight

Kinloss ferry fares rise 2.5% from 1 May

@highlight

A car return will cost £41.20
