var x >= 0;
var y >= 0;
minimize cost: 2 * x + 3 * y;
s.t. need: x + z >= 4;
end;
