/**
 * Explicaciones en español de pruebas comunes (se cargan cuando se necesitan).
 * Escritas en lenguaje sencillo a partir de fuentes públicas para pacientes
 * (docs/result-explanations-sources.md). Explican qué puede significar un
 * resultado en general; nunca dan un diagnóstico.
 */
import type { ExplanationText } from './explanation-index.js';

export const explanationTexts: Readonly<Record<string, ExplanationText>> = {
  wbc: {
    what: 'Cuenta los glóbulos blancos de la sangre. Estas células ayudan al cuerpo a combatir los gérmenes.',
    high: 'Un conteo alto puede deberse a una infección, inflamación, estrés, algunos medicamentos o fumar.',
    low: 'Un conteo bajo puede deberse a algunas infecciones por virus, algunos medicamentos o problemas en la forma en que el cuerpo produce células de la sangre.',
  },
  rbc: {
    what: 'Cuenta los glóbulos rojos de la sangre. Estas células llevan el oxígeno por todo el cuerpo.',
    high: 'Un conteo alto puede deberse a que le faltan líquidos (deshidratación), a vivir en un lugar alto o a fumar.',
    low: 'Un conteo bajo puede ser señal de anemia, que puede venir de una pérdida de sangre, falta de hierro u otras causas.',
  },
  hemoglobin: {
    what: 'Mide la hemoglobina, la proteína de los glóbulos rojos que lleva el oxígeno.',
    high: 'Un nivel alto puede deberse a deshidratación, a fumar o a vivir en un lugar alto.',
    low: 'Un nivel bajo se llama anemia. Puede venir de falta de hierro, pérdida de sangre u otras causas, y puede dar cansancio.',
  },
  hematocrit: {
    what: 'Mide qué parte de la sangre está formada por glóbulos rojos.',
    high: 'Un nivel alto puede deberse a deshidratación o a algunas enfermedades de los pulmones o de la sangre.',
    low: 'Un nivel bajo puede ser señal de anemia, a menudo por falta de hierro o pérdida de sangre.',
  },
  mcv: {
    what: 'Mide el tamaño promedio de los glóbulos rojos. Ayuda a encontrar la causa de una anemia.',
    high: 'Células más grandes pueden deberse a falta de vitamina B12 o de ácido fólico, al alcohol o a algunos medicamentos.',
    low: 'Células más pequeñas suelen deberse a falta de hierro o a algunos rasgos de la sangre que se heredan.',
  },
  rdw: {
    what: 'Mide cuánto varía el tamaño de los glóbulos rojos.',
    high: 'Un valor alto quiere decir que los glóbulos rojos tienen tamaños muy distintos. Puede deberse a falta de hierro, de vitamina B12 o de ácido fólico.',
    low: 'Un valor bajo no suele ser motivo de preocupación.',
  },
  platelets: {
    what: 'Cuenta las plaquetas, las células pequeñas que ayudan a que la sangre coagule y deje de sangrar.',
    high: 'Un conteo alto puede deberse a una infección reciente, inflamación, falta de hierro o algunas enfermedades de la sangre.',
    low: 'Un conteo bajo puede deberse a algunas infecciones, medicamentos o enfermedades. Un conteo muy bajo puede causar moretones o sangrados con facilidad.',
  },
  neutrophils: {
    what: 'Cuenta los neutrófilos, los glóbulos blancos más comunes. Son los primeros en combatir las bacterias.',
    high: 'Un conteo alto suele deberse a una infección por bacterias, inflamación, estrés o medicamentos con esteroides.',
    low: 'Un conteo bajo puede deberse a algunas infecciones por virus, a medicamentos como la quimioterapia, o darse en algunas personas sanas.',
  },
  lymphocytes: {
    what: 'Cuenta los linfocitos, glóbulos blancos que ayudan al cuerpo a combatir los virus y a recordar los gérmenes.',
    high: 'Un conteo alto suele deberse a una infección por virus.',
    low: 'Un conteo bajo puede deberse a una enfermedad, estrés, medicamentos con esteroides o algunas condiciones que afectan las defensas.',
  },
  glucose: {
    what: 'Mide el azúcar (glucosa) en la sangre, la principal fuente de energía del cuerpo.',
    high: 'Un nivel alto puede deberse a haber comido hace poco, al estrés o a una enfermedad, a algunos medicamentos, o a prediabetes o diabetes.',
    low: 'Un nivel bajo puede deberse a pasar mucho tiempo sin comer, a algunos medicamentos para la diabetes o a mucho ejercicio.',
  },
  sodium: {
    what: 'Mide el sodio, una sal que ayuda a controlar el agua del cuerpo y el trabajo de los nervios y los músculos.',
    high: 'Un nivel alto suele querer decir que le faltan líquidos (deshidratación).',
    low: 'Un nivel bajo puede deberse a tomar mucha agua, a algunos medicamentos (como las pastillas para orinar) o a problemas del corazón, los riñones o el hígado.',
  },
  potassium: {
    what: 'Mide el potasio, una sal que ayuda a que el corazón, los nervios y los músculos funcionen.',
    high: 'Un nivel alto puede deberse a problemas de los riñones o a algunos medicamentos. También puede salir alto por error si la muestra de sangre se maltrata, por eso a menudo se repite.',
    low: 'Un nivel bajo puede deberse a vómitos, diarrea o pastillas para orinar (diuréticos).',
  },
  chloride: {
    what: 'Mide el cloruro, una sal que trabaja con el sodio para mantener el equilibrio de líquidos y ácidos.',
    high: 'Un nivel alto puede deberse a deshidratación o a algunos problemas de los riñones.',
    low: 'Un nivel bajo puede deberse a vómitos, algunos medicamentos o enfermedades de los pulmones o del corazón.',
  },
  bicarbonate: {
    what: 'Mide el bicarbonato (CO2), que ayuda a mantener el equilibrio de ácido en la sangre.',
    high: 'Un nivel alto puede deberse a vómitos, algunas pastillas para orinar o algunas enfermedades de los pulmones.',
    low: 'Un nivel bajo puede deberse a diarrea, problemas de los riñones o algunos medicamentos.',
  },
  bun: {
    what: 'Mide el nitrógeno ureico, un desecho que los riñones sacan de la sangre.',
    high: 'Un nivel alto puede deberse a deshidratación, a comer mucha proteína o a problemas de los riñones.',
    low: 'Un nivel bajo no suele ser motivo de preocupación. Puede darse con una dieta baja en proteínas o con problemas del hígado.',
  },
  creatinine: {
    what: 'Mide la creatinina, un desecho de los músculos. Muestra qué tan bien los riñones filtran la sangre.',
    high: 'Un nivel alto puede querer decir que los riñones no filtran tan bien como deberían. La deshidratación, algunos medicamentos y tener mucho músculo también pueden subirlo.',
    low: 'Un nivel bajo no suele ser motivo de preocupación. Puede darse cuando hay poca masa muscular.',
  },
  egfr: {
    what: 'Calcula qué tan bien los riñones filtran la sangre, usando la creatinina, la edad y otros datos.',
    high: 'Un número más alto suele querer decir que los riñones filtran bien.',
    low: 'Un número más bajo puede querer decir que los riñones no filtran tan bien como deberían. Su equipo médico puede repetir la prueba, porque un resultado puede cambiar con los líquidos o los medicamentos.',
  },
  calcium: {
    what: 'Mide el calcio, un mineral que necesitan los huesos, el corazón, los nervios y los músculos.',
    high: 'Un nivel alto puede deberse a problemas de las glándulas que controlan el calcio (paratiroides), a algunos medicamentos o a tomar demasiados suplementos.',
    low: 'Un nivel bajo puede deberse a falta de vitamina D, a poca albúmina (una proteína de la sangre) o a problemas de los riñones.',
  },
  'total-protein': {
    what: 'Mide todas las proteínas de la sangre, incluida la albúmina y los anticuerpos.',
    high: 'Un nivel alto puede deberse a deshidratación o a una inflamación o infección que dura mucho tiempo.',
    low: 'Un nivel bajo puede deberse a una mala alimentación o a problemas del hígado o de los riñones.',
  },
  albumin: {
    what: 'Mide la albúmina, la proteína principal de la sangre. La produce el hígado.',
    high: 'Un nivel alto suele querer decir que le faltan líquidos (deshidratación).',
    low: 'Un nivel bajo puede deberse a una mala alimentación, inflamación o problemas del hígado o de los riñones.',
  },
  bilirubin: {
    what: 'Mide la bilirrubina, una sustancia amarilla que se forma cuando se deshacen los glóbulos rojos viejos. El hígado la elimina.',
    high: 'Un nivel alto puede deberse a problemas del hígado o de la vesícula, o a que los glóbulos rojos se deshacen más rápido. Muchas personas sanas la tienen un poco alta (síndrome de Gilbert).',
    low: 'Un nivel bajo no suele ser motivo de preocupación.',
  },
  alt: {
    what: 'Mide la ALT, una enzima que está sobre todo en el hígado.',
    high: 'Un nivel alto puede querer decir que el hígado está irritado, por ejemplo por hígado graso, alcohol, algunos medicamentos o una infección como la hepatitis.',
    low: 'Un nivel bajo no suele ser motivo de preocupación.',
  },
  ast: {
    what: 'Mide la AST, una enzima que está en el hígado, los músculos y el corazón.',
    high: 'Un nivel alto puede venir del hígado (por hígado graso, alcohol o medicamentos) o de los músculos, por ejemplo después de hacer mucho ejercicio.',
    low: 'Un nivel bajo no suele ser motivo de preocupación.',
  },
  alp: {
    what: 'Mide la fosfatasa alcalina, una enzima que está sobre todo en el hígado y los huesos.',
    high: 'Un nivel alto puede deberse a problemas del hígado o de la vesícula, o a que los huesos crecen o sanan. Es normal que niños y adolescentes tengan niveles más altos.',
    low: 'Un nivel bajo es poco común y no suele ser motivo de preocupación. Puede deberse a falta de zinc o a una mala alimentación.',
  },
  magnesium: {
    what: 'Mide el magnesio, un mineral que ayuda a que los músculos, los nervios y el corazón funcionen.',
    high: 'Un nivel alto puede deberse a problemas de los riñones o a tomar muchos antiácidos o laxantes con magnesio.',
    low: 'Un nivel bajo puede deberse a diarrea, al alcohol, a algunos medicamentos o a una mala alimentación.',
  },
  phosphorus: {
    what: 'Mide el fósforo, un mineral que trabaja con el calcio para formar huesos y dientes.',
    high: 'Un nivel alto puede deberse a problemas de los riñones.',
    low: 'Un nivel bajo puede deberse a una mala alimentación, al alcohol o a algunos problemas de las glándulas.',
  },
  'uric-acid': {
    what: 'Mide el ácido úrico, un desecho que se forma al digerir algunos alimentos.',
    high: 'Un nivel alto puede deberse a la gota, a problemas de los riñones, a algunos medicamentos o a alimentos y bebidas como la carne roja y el alcohol. Muchas personas con un nivel alto nunca tienen síntomas.',
    low: 'Un nivel bajo no suele ser motivo de preocupación.',
  },
  cholesterol: {
    what: 'Mide la cantidad total de colesterol, una sustancia parecida a la grasa, en la sangre.',
    high: 'Un nivel alto puede aumentar con el tiempo el riesgo de enfermedades del corazón y derrames cerebrales. Influyen la comida, la actividad física, la familia y los medicamentos.',
    low: 'Un nivel bajo no suele ser motivo de preocupación.',
  },
  ldl: {
    what: 'Mide el LDL, al que a menudo llaman colesterol "malo", porque puede acumularse en los vasos sanguíneos.',
    high: 'Un nivel alto puede aumentar con el tiempo el riesgo de enfermedades del corazón y derrames cerebrales. Su equipo médico lo evalúa junto con sus otros riesgos.',
    low: 'Un nivel bajo suele ser bueno para el corazón.',
  },
  hdl: {
    what: 'Mide el HDL, al que a menudo llaman colesterol "bueno", porque ayuda a sacar el otro colesterol de la sangre.',
    high: 'Un nivel alto suele ser bueno para el corazón.',
    low: 'Un nivel bajo puede aumentar el riesgo de enfermedades del corazón. Hacer actividad física y no fumar pueden ayudar a subirlo.',
  },
  triglycerides: {
    what: 'Mide los triglicéridos, un tipo de grasa de la sangre que guarda la energía de los alimentos.',
    high: 'Un nivel alto puede deberse a haber comido antes de la prueba, a comidas dulces o alcohol, a la diabetes o a algunos medicamentos. Los niveles altos pueden aumentar el riesgo de enfermedades del corazón.',
    low: 'Un nivel bajo no suele ser motivo de preocupación.',
  },
  a1c: {
    what: 'Muestra el promedio de azúcar en la sangre de los últimos 2 a 3 meses.',
    high: 'Un nivel alto puede querer decir prediabetes o diabetes, o que la diabetes no está tan controlada como podría.',
    low: 'Un nivel bajo no suele ser motivo de preocupación. Algunas enfermedades de la sangre pueden hacer que el resultado sea menos exacto.',
  },
  tsh: {
    what: 'Mide la TSH, una hormona que le indica a la tiroides cuánta hormona tiroidea debe producir.',
    high: 'Un nivel alto suele querer decir que la tiroides produce poca hormona (tiroides lenta).',
    low: 'Un nivel bajo suele querer decir que la tiroides produce demasiada hormona (tiroides acelerada), o que hay que ajustar la dosis de un medicamento para la tiroides.',
  },
  'free-t4': {
    what: 'Mide la T4 libre, la hormona principal que produce la tiroides. Controla cómo el cuerpo usa la energía.',
    high: 'Un nivel alto puede deberse a una tiroides acelerada o a una dosis alta de medicamento para la tiroides.',
    low: 'Un nivel bajo puede deberse a una tiroides lenta.',
  },
  'urine-protein': {
    what: 'Busca proteína en la orina. Los riñones sanos dejan casi toda la proteína en la sangre.',
    high: 'Puede haber proteína en la orina después de hacer ejercicio, con fiebre o estrés. También puede ser una señal temprana de problemas de los riñones, por eso a menudo se repite la prueba.',
  },
  'urine-glucose': {
    what: 'Busca azúcar (glucosa) en la orina.',
    high: 'El azúcar en la orina suele querer decir que el azúcar en la sangre ha estado alto, como pasa con la diabetes. Algunos medicamentos para la diabetes lo causan a propósito.',
  },
  'urine-blood': {
    what: 'Busca sangre en la orina, aunque sea tan poca que no se vea.',
    high: 'Puede haber sangre en la orina por una infección urinaria, piedras en los riñones, mucho ejercicio o la menstruación. Su equipo médico puede repetir la prueba.',
  },
  'urine-leukocyte-esterase': {
    what: 'Busca glóbulos blancos en la orina.',
    high: 'Los glóbulos blancos en la orina a menudo son señal de una infección urinaria o de inflamación.',
  },
  'urine-nitrite': {
    what: 'Busca nitritos, que producen algunos gérmenes en la orina.',
    high: 'Los nitritos en la orina a menudo son señal de una infección urinaria.',
  },
  'urine-ketones': {
    what: 'Busca cetonas, que se forman cuando el cuerpo quema grasa en lugar de azúcar para tener energía.',
    high: 'Puede haber cetonas después de ayunar, con una dieta baja en carbohidratos o con vómitos. En personas con diabetes pueden ser señal de que el azúcar está descontrolado.',
  },
  'urine-specific-gravity': {
    what: 'Mide qué tan concentrada está la orina.',
    high: 'Un número alto suele querer decir que no está tomando suficientes líquidos.',
    low: 'Un número bajo suele querer decir que tomó muchos líquidos. Pocas veces es señal de un problema de los riñones o de las hormonas.',
  },
  'urine-ph': {
    what: 'Mide qué tan ácida está la orina.',
    high: 'Un pH alto (menos ácido) puede deberse a algunas dietas, a una infección urinaria o a algunos medicamentos.',
    low: 'Un pH bajo (más ácido) puede deberse a una dieta alta en proteínas, a deshidratación o a una diabetes poco controlada.',
  },
  uacr: {
    what: 'Compara la albúmina (una proteína) con la creatinina en la orina. Es un control temprano de la salud de los riñones, que se hace a menudo a personas con diabetes o presión alta.',
    high: 'Un nivel alto puede ser una señal temprana de daño en los riñones. El ejercicio, la fiebre y las infecciones también pueden subirlo, por eso se suele repetir.',
    low: 'Un nivel bajo es normal.',
  },
  'vitamin-d': {
    what: 'Mide la vitamina D, que ayuda al cuerpo a usar el calcio para mantener los huesos fuertes.',
    high: 'Un nivel alto suele deberse a tomar muchos suplementos.',
    low: 'Un nivel bajo es común, sobre todo con poco sol. Con el tiempo puede debilitar los huesos y a menudo se trata con suplementos.',
  },
  'vitamin-b12': {
    what: 'Mide la vitamina B12, que el cuerpo necesita para producir glóbulos rojos y mantener sanos los nervios.',
    high: 'Un nivel alto suele deberse a suplementos y no suele ser motivo de preocupación.',
    low: 'Un nivel bajo puede causar anemia u hormigueo en las manos y los pies. Puede deberse a la dieta, a algunos medicamentos o a que el cuerpo no absorbe bien la B12.',
  },
  ferritin: {
    what: 'Mide la ferritina, una proteína que guarda el hierro. Muestra cuánto hierro tiene guardado el cuerpo.',
    high: 'Un nivel alto puede deberse a inflamación, infección, problemas del hígado o exceso de hierro en el cuerpo.',
    low: 'Un nivel bajo suele querer decir que tiene poco hierro guardado, lo que puede llevar a una anemia.',
  },
  iron: {
    what: 'Mide el hierro en la sangre. El cuerpo necesita hierro para producir glóbulos rojos.',
    high: 'Un nivel alto puede deberse a suplementos de hierro o a condiciones en las que el cuerpo guarda demasiado hierro.',
    low: 'Un nivel bajo puede deberse a una pérdida de sangre, a poco hierro en la dieta o a que el cuerpo no lo absorbe bien.',
  },
  psa: {
    what: 'Mide el antígeno prostático específico (PSA), una proteína que produce la próstata.',
    high: 'Un nivel alto puede deberse a una próstata agrandada, a una infección o inflamación de la próstata, o a actividades recientes como andar en bicicleta. También puede ser señal de cáncer de próstata, por eso el equipo médico suele repetir la prueba o hacer otras antes de decidir algo.',
    low: 'Un nivel bajo no suele ser motivo de preocupación.',
  },
  inr: {
    what: 'Mide cuánto tarda la sangre en coagular. Se usa a menudo para controlar anticoagulantes como la warfarina.',
    high: 'Un INR alto quiere decir que la sangre tarda más en coagular. Puede deberse a anticoagulantes, problemas del hígado o falta de vitamina K.',
    low: 'Un INR bajo quiere decir que la sangre coagula más rápido. Si toma un anticoagulante, puede que haya que ajustar la dosis.',
  },
  crp: {
    what: 'Mide la proteína C reactiva, que el hígado produce cuando hay inflamación en el cuerpo.',
    high: 'Un nivel alto puede deberse a una infección, una lesión o una enfermedad inflamatoria que dura mucho tiempo. No muestra dónde está la inflamación.',
    low: 'Un nivel bajo es normal.',
  },
  'blood-pressure': {
    what: 'Mide la fuerza de la sangre contra las paredes de los vasos sanguíneos. El número de arriba (sistólica) es cuando el corazón late; el de abajo (diastólica) es cuando descansa.',
    high: 'La presión alta a menudo no da síntomas. Con el tiempo puede aumentar el riesgo de enfermedades del corazón y derrames cerebrales. Una sola lectura alta a menudo se vuelve a medir.',
    low: 'La presión baja puede causar mareo al ponerse de pie. Puede deberse a deshidratación o a algunos medicamentos.',
  },
};
