/* An orchard plants rows of apple, pear and plum trees on limited land and water. */
set Trees;
set Resources;
param yield{Trees} >= 0;
param use{Resources, Trees} >= 0;
param available{Resources} >= 0;
param most{Trees} >= 0, integer;

var rows{t in Trees} >= 0, <= most[t], integer;

maximize harvest: sum{t in Trees} yield[t] * rows[t] + 5;

s.t. limit{r in Resources}: sum{t in Trees} use[r, t] * rows[t] <= available[r];

printf "planning %d kinds of trees\n", card(Trees);
solve;
printf{t in Trees: rows[t] > 0} "plant %d rows of %s\n", rows[t], t;
end;
